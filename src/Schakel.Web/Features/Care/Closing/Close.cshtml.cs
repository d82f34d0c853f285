using Microsoft.AspNetCore.Mvc;
using Schakel.Core.Care;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Core.Table;
using Schakel.Web.Features.Signals;
using Schakel.Web.Features.Table;

namespace Schakel.Web.Features.Care.Closing;

/// <summary>Closing the care track of one person with an outcome; the case's care track ends with its last care file.</summary>
public sealed class CloseModel(CareFileAccess access, SchakelDb db, AuditLog audit, TimeProvider clock) : CareSectionPage(access, db, audit)
{
    protected override string Section => "sluiten";

    [BindProperty] public int FileVersion { get; set; }
    [BindProperty] public string? OutcomeCode { get; set; }

    public Task<IActionResult> OnPostAsync(int id) => EditAsync(id, "Close", () =>
    {
        if (CareRules.WhyNotClosable(Dossier, OutcomeCode) is { } why)
        {
            return why;
        }
        Dossier.Status = CareFileStatus.Closed;
        Dossier.ClosedAt = clock.GetUtcNow();
        Dossier.OutcomeCode = OutcomeCode;
        Db.Entry(Dossier).Property(f => f.Version).OriginalValue = FileVersion;
        // The table sees on its timeline that the care track of this person ended; the outcome stays in the care file.
        var actor = SignalWorkflow.ActorName(User);
        Db.Set<CaseEvent>().Add(new CaseEvent { CaseId = Dossier.CaseId, At = Dossier.ClosedAt.Value, Actor = actor, Description = "Zorgtraject van een mogelijk slachtoffer gesloten" });
        CloseCareTrackWhenLastFile(actor);
        return null;
    }, "Zorgtraject gesloten.");

    protected override void TakeOverStoredVersion()
    {
        ModelState.Remove(nameof(FileVersion));
        FileVersion = Dossier.Version;
    }

    /// <summary>
    /// The case's care track ends with its last care file, so the table never sees an open track nobody works on; the
    /// track's outcome follows from the files' outcomes. The criminal track is left to the police.
    /// </summary>
    private void CloseCareTrackWhenLastFile(string actor)
    {
        var track = View.Case.Tracks.FirstOrDefault(t => t.Kind == TrackKind.Care && t.Status == TrackStatus.Open);
        if (track is null || View.OtherFilesOfCase.Any(f => !f.IsClosed))
        {
            return;
        }
        track.Status = TrackStatus.Closed;
        track.ClosedAt = Dossier.ClosedAt;
        track.OutcomeCode = CareRules.CareTrackOutcome(View.OtherFilesOfCase.Select(f => f.OutcomeCode).Append(Dossier.OutcomeCode));
        Db.Set<CaseEvent>().Add(new CaseEvent
        {
            CaseId = Dossier.CaseId, At = Dossier.ClosedAt!.Value, Actor = actor,
            Description = $"Spoor {TableLabels.Dutch(TrackKind.Care)}: gesloten, {TrackOutcomes.Label(TrackKind.Care, track.OutcomeCode)} (elk zorgdossier gesloten)",
        });
    }
}
