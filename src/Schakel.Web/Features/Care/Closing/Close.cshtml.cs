using Microsoft.AspNetCore.Mvc;
using Schakel.Core.Common;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Care.Closing;

/// <summary>Closing the care track of one person with an outcome; the case's care track ends with its last care file.</summary>
public sealed class CloseModel(CareFileAccess access, SchakelDb db, AuditLog audit, TimeProvider clock) : CareSectionPage(access, db, audit)
{
    protected override string Section => "sluiten";

    [BindProperty] public int FileVersion { get; set; }
    [BindProperty] public string? OutcomeCode { get; set; }

    public Task<IActionResult> OnPostAsync(int id) => EditAsync(id, "Close", () =>
    {
        Db.Entry(Dossier).Property(f => f.Version).OriginalValue = FileVersion;
        return CareFileClosing.Close(Db, Dossier, View.Case, View.OtherFilesOfCase, OutcomeCode, new Actor(User.UserId(), User.ActorName()), clock.GetUtcNow());
    }, "Zorgtraject gesloten.");

    protected override void TakeOverStoredVersion()
    {
        ModelState.Remove(nameof(FileVersion));
        FileVersion = Dossier.Version;
    }
}
