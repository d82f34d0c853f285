using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Audit;
using Schakel.Core.Care;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Care;

/// <summary>
/// A page that changes one part of a care file (needs, placements, ...). Its posts share one sequence: only the care
/// coordinator, never on a closed file, refused input shown again on the whole care file with 400, a stale save
/// refused with the colleague's version shown, each change audited, and back to the part acted on.
/// </summary>
public abstract class CareSectionPage(CareFileAccess access, SchakelDb db, AuditLog audit) : PageModel
{
    public CareFileView View { get; private set; } = null!;

    /// <summary>The id of the part's heading on the care file, where the user lands after saving.</summary>
    protected abstract string Section { get; }

    protected SchakelDb Db => db;
    protected CareFile Dossier => View.Dossier;
    protected DateOnly Today => View.Today;

    /// <summary>A part has no page of its own to read: it is shown on the care file.</summary>
    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id, edit: false) ?? Redirect(Href(id));

    protected async Task<IActionResult?> LoadAsync(int id, bool edit = true)
    {
        var (view, refused) = await access.LoadAsync(User, id, edit, HttpContext.RequestAborted);
        if (view is not null)
        {
            View = view;
            view.Posted = this;
            view.Tab = CareTabs.Of(Section);
        }
        return refused;
    }

    /// <summary>
    /// Applies a change that <paramref name="apply"/> makes to the loaded file, or shows its Dutch refusal under
    /// <paramref name="key"/> (the form's error key, also recorded in the audit entry).
    /// </summary>
    protected async Task<IActionResult> EditAsync(int id, string key, Func<string?> apply, string done)
    {
        var ct = HttpContext.RequestAborted;
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        if (Dossier.IsClosed)
        {
            ModelState.AddModelError(key, "Dit zorgtraject is gesloten en kan niet meer worden gewijzigd.");
            return Page();
        }
        if (apply() is { } error)
        {
            ModelState.AddModelError(key, error);
            db.ChangeTracker.Clear();
            await LoadAsync(id);
            return Page();
        }
        if (!await db.SaveUnlessStaleAsync(ct))
        {
            await LoadAsync(id);
            ModelState.AddModelError(key, StaleSave.Message("dit zorgdossier"));
            TakeOverStoredVersion();
            return Page();
        }
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.CareFile, id.ToString(), details: key, cancellationToken: ct);
        return Landing.Redirect(TempData, Href(id), Section, done);
    }

    /// <summary>
    /// After a stale save the page shows the colleague's version; a part guarded by the file's own version takes that
    /// version over here, so saving again after reading it is a deliberate overwrite.
    /// </summary>
    protected virtual void TakeOverStoredVersion() { }

    /// <summary>The tab that holds this part, scrolled to it: where a post lands and where reading the part's own address leads.</summary>
    private string Href(int id) => CareTabs.Url(id, CareTabs.Of(Section), Section);

    protected static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
