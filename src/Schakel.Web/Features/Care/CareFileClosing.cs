using Schakel.Core.Care;
using Schakel.Core.Common;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Care;

/// <summary>
/// Closing a care file touches two aggregates in one save: the file itself, and the case whose care track ends with its
/// last care file, so the table never sees an open track nobody works on. The caller saves (with its version check).
/// </summary>
public static class CareFileClosing
{
    /// <summary>Closes <paramref name="file"/>; <paramref name="otherFilesOfCase"/> are the case's other care files as stored.</summary>
    /// <returns>The Dutch reason the file cannot close, or null when it was closed.</returns>
    public static string? Close(SchakelDb db, CareFile file, TableCase tableCase, IEnumerable<CareFile> otherFilesOfCase, string? outcomeCode, Actor by, DateTimeOffset at)
    {
        try
        {
            file.Close(outcomeCode, at);
        }
        catch (DomainException refused)
        {
            return refused.Message;
        }
        // The table sees on its timeline that the care track of this person ended; the outcome stays in the care file.
        db.Set<CaseEvent>().Add(new CaseEvent { CaseId = file.CaseId, At = at, Actor = by.Name, Description = "Zorgtraject van een mogelijk slachtoffer gesloten" });
        CloseCareTrackWhenLastFile(db, file, tableCase, otherFilesOfCase.ToList(), by, at);
        return null;
    }

    /// <summary>The track's outcome follows from the files' outcomes. The criminal track is left to the police.</summary>
    private static void CloseCareTrackWhenLastFile(SchakelDb db, CareFile file, TableCase tableCase, List<CareFile> others, Actor by, DateTimeOffset at)
    {
        var track = tableCase.Tracks.FirstOrDefault(t => t.Kind == TrackKind.Care && t.Status == TrackStatus.Open);
        if (track is null || others.Any(f => !f.IsClosed))
        {
            return;
        }
        track.Close(CareRules.CareTrackOutcome(others.Select(f => f.OutcomeCode).Append(file.OutcomeCode)), at);
        db.Set<CaseEvent>().Add(new CaseEvent
        {
            CaseId = file.CaseId, At = at, Actor = by.Name,
            Description = $"Spoor {TableLabels.Dutch(TrackKind.Care)}: gesloten, {TrackOutcomes.Label(TrackKind.Care, track.OutcomeCode)} (elk zorgdossier gesloten)",
        });
    }
}
