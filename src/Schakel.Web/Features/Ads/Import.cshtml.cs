using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Ads;

/// <summary>Upload of an analyst's collection (CSV or JSON), with the import report per line.</summary>
[Authorize(Policy = Policies.AdScreening)]
// Room above the 5 MB limit so a somewhat larger file gets the Dutch message instead of a bare 413.
[RequestSizeLimit(2 * AdScreening.MaxFileBytes)]
public sealed class ImportModel(AdScreening screening) : PageModel
{
    public ImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Kies een CSV- of JSON-bestand met advertenties.");
            return Page();
        }
        if (file.Length > AdScreening.MaxFileBytes)
        {
            ModelState.AddModelError("file", $"Het bestand is groter dan {AdScreening.MaxFileBytes / 1024 / 1024} MB; splits het in delen.");
            return Page();
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        Report = await screening.ImportAsync(buffer.ToArray(), file.FileName, User.UserId(), HttpContext.RequestAborted);
        if (Report.FatalError is { } fatal)
        {
            ModelState.AddModelError("file", $"Het bestand is niet geïmporteerd: {fatal}.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }
}
