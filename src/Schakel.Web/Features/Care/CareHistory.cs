using Schakel.Core.Care;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Care;

/// <summary>
/// The history of a care file, read from its dated parts (the file keeps no separate event log): opened, placements,
/// legal steps, consents, closed. The attention officer's summary shows only opening and closing.
/// </summary>
public static class CareHistory
{
    public static IReadOnlyList<TimelineEntry> Of(CareFileView view)
    {
        var f = view.Dossier;
        var entries = new List<TimelineEntry> { new(f.OpenedAt, "Zorgdossier geopend", f.CoordinatorName) };
        if (view.Full)
        {
            entries.AddRange(f.Placements.Select(p => new TimelineEntry(p.RecordedAt, $"Plaatsing: {view.Tree.KindLabel(p.ChosenKind)}", p.RecordedBy,
                $"Vanaf {DutchTime.FormatDate(p.StartsOn)}; advies {view.Tree.KindLabel(p.RecommendedKind)}")));
            entries.AddRange(f.Milestones.Select(m => new TimelineEntry(Day(m.On), CareLabels.Dutch(m.Kind), Detail: m.Note)));
            entries.AddRange(f.Consents.Select(c => new TimelineEntry(Day(c.GivenOn), $"Toestemming: {CareLabels.Dutch(c.Scope)}", c.RecordedBy, c.PartnerName)));
            entries.AddRange(f.Consents.Where(c => c.WithdrawnOn is not null)
                .Select(c => new TimelineEntry(Day(c.WithdrawnOn!.Value), $"Toestemming ingetrokken: {CareLabels.Dutch(c.Scope)}", c.RecordedBy)));
        }
        if (f.ClosedAt is { } closed)
        {
            entries.Add(new TimelineEntry(closed, "Zorgtraject gesloten", Detail: $"Uitkomst: {CareOutcomes.Label(f.OutcomeCode)}", Badge: new Badge("Gesloten")));
        }
        return entries;
    }

    /// <summary>A part dated by day only sits at noon Amsterdam time, so it never shifts a day in the timeline.</summary>
    private static DateTimeOffset Day(DateOnly day) => DutchTime.ToUtc(day.ToDateTime(new TimeOnly(12, 0)));
}
