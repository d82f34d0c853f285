using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Infrastructure.Security;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Dashboard;

/// <summary>What the CoMensha export will hold for a period, and who is left out for lack of consent, before downloading.</summary>
[Authorize(Policy = Policies.CoMenshaExport)]
public sealed class CoMenshaModel(CoMenshaExport export, TimeProvider clock) : PageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public string? From { get; set; }
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public string? To { get; set; }

    public CoMenshaResult? Result { get; private set; }
    public string Query { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DutchTime.Today(clock);
        var (filter, errors) = FigureFilter.Parse(From, To, null, null, today);
        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError(key == "from" ? nameof(From) : nameof(To), message);
        }
        if (filter is null)
        {
            return;
        }
        From = filter.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        To = filter.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Query = $"from={From}&to={To}";
        // Only counts are shown here; the lines themselves leave through the audited download.
        Result = await export.BuildAsync(filter, today, ct);
    }
}
