using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Import;

/// <summary>
/// One import: its progress while the runner works on it (the page asks the browser to reload it every two seconds,
/// which needs no script), and its result when done, with the refused rows and the rollback.
/// </summary>
[Authorize(Policy = Policies.HistoryImport)]
public sealed class BatchModel(ImportUploads uploads, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    /// <summary>Seconds between reloads while the import runs.</summary>
    public const int RefreshSeconds = 2;

    public ImportBatch Batch { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }

    /// <summary>Whether the page reloads itself; the user can switch it off (WCAG 2.2.1).</summary>
    public bool Refreshing { get; private set; }

    /// <summary>Whether the runner keeps the rows with problems: for an import from these pages, not from the command line.</summary>
    public bool HasProblemList { get; private set; }

    /// <summary>Whether the user may roll the import back (the administrator); others read who can.</summary>
    public bool MayRollBack { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? verversen, CancellationToken ct)
    {
        if (await uploads.BatchAsync(id, User, ct) is not { } batch)
        {
            return NotFound();
        }
        Batch = batch;
        Now = clock.GetUtcNow();
        HasProblemList = await uploads.OfBatchAsync(id, ct) is not null;
        MayRollBack = (await authorization.AuthorizeAsync(User, Policies.HistoryImportRollback)).Succeeded;
        Refreshing = !batch.IsDone && verversen != "uit";
        if (Refreshing)
        {
            // The Refresh header does what <meta http-equiv="refresh"> does, without a script and outside the markup.
            Response.Headers["Refresh"] = RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return Page();
    }

    public int Percent => Batch.RowsTotal <= 0 ? 0 : (int)Math.Min(100, 100L * Batch.RowsDone / Batch.RowsTotal);
}
