using Microsoft.AspNetCore.Mvc;
using Schakel.Core.Care;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Care.Notes;

/// <summary>The care coordinator's clinical notes, guarded by the care file's own version.</summary>
public sealed class NotesModel(CareFileAccess access, SchakelDb db, AuditLog audit) : CareSectionPage(access, db, audit)
{
    protected override string Section => "notities";

    [BindProperty] public int FileVersion { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public Task<IActionResult> OnPostAsync(int id) => EditAsync(id, "Notes", () =>
    {
        if (Notes?.Length > 4000)
        {
            return "De notities zijn te lang (maximaal 4000 tekens).";
        }
        Dossier.ClinicalNotes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
        Db.Entry(Dossier).Property(f => f.Version).OriginalValue = FileVersion;
        return null;
    }, "Notities opgeslagen.");

    protected override void TakeOverStoredVersion()
    {
        ModelState.Remove(nameof(FileVersion));
        FileVersion = Dossier.Version;
    }
}
