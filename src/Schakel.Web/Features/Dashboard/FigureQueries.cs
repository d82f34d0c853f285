using Microsoft.EntityFrameworkCore;
using Schakel.Core.Figures;
using Schakel.Core.Organisations;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Features.Dashboard.Aggregates;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Dashboard;

/// <summary>
/// Counts for the dashboard, the exports and the figures API. The signal, form and victim counts of whole months come
/// from <see cref="FigureMonthCount"/> (refreshed first for the months changed since), the parts of months at the edges of
/// the period are counted from the signals; the cases' tracks and the victims still in a case are read live from the
/// small case tables. Only small grouped results come into memory.
/// </summary>
public sealed class FigureQueries(SchakelDb db)
{
    public static readonly IReadOnlyList<string> KindColumns = ["Meldingen", "Adviesvragen"];
    private const string Unknown = "Onbekend";

    private sealed record KindCount(string? Code, SignalKind Kind, int N, long S);

    /// <summary>A count of one month within the view, already limited to the view's area.</summary>
    private sealed record Cell(int Month, SignalKind Kind, FigureDimension Dimension, string? Code, int N, long S);

    public async Task<FigureSet> BuildAsync(FigureFilter filter, CancellationToken ct)
    {
        await new FigureAggregator(db).RefreshAsync(ct);
        var refs = await db.ReferenceItems.AsNoTracking().OrderBy(r => r.SortOrder).Select(r => new { r.List, r.Code, r.Label }).ToListAsync(ct);
        var municipalities = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Municipality)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, o.RegionId }).ToListAsync(ct);
        IReadOnlyList<(string, string)> Refs(ReferenceList list) => refs.Where(r => r.List == list).Select(r => (r.Code, r.Label)).ToList();
        var munNames = municipalities.ToDictionary(m => m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), m => m.Name);
        var shownMunicipalities = municipalities.Where(m => (filter.RegionId is null || m.RegionId == filter.RegionId) && (filter.MunicipalityId is null || m.Id == filter.MunicipalityId))
            .Select(m => (m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Name)).ToList();

        // The municipalities (0: none yet) whose signals are in view; null: all. Flows ignore the municipality filter,
        // they select on the victims' places instead.
        var inRegion = filter.RegionId is { } r ? (await db.Organisations.AsNoTracking().Where(o => o.RegionId == r).Select(o => o.Id).ToListAsync(ct)) : null;
        var area = filter.MunicipalityId is { } m ? (inRegion is null || inRegion.Contains(m) ? [m] : new List<int>()) : inRegion;
        var (cells, flowCells) = await CellsAsync(filter, area, inRegion, ct);

        var caseIds = cells.Where(c => c.Dimension == FigureDimension.Case).Select(c => int.Parse(c.Code!, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        // All tracks grouped (one row per case and kind at most); a list of thousands of case ids as query parameters costs more.
        var tracksInView = (await db.Set<CaseTrack>().AsNoTracking().GroupBy(t => new { t.CaseId, t.Kind, t.Status, t.OutcomeCode })
                .Select(g => new TrackCount(g.Key.CaseId, g.Key.Kind, g.Key.Status, g.Key.OutcomeCode, g.Count(), g.Sum(t => (long)t.Id))).ToListAsync(ct))
            .Where(t => caseIds.Contains(t.CaseId)).ToList();
        List<KindCount> Of(FigureDimension d) => cells.Where(c => c.Dimension == d).Select(c => new KindCount(c.Code, c.Kind, c.N, c.S)).ToList();
        var nationalities = Of(FigureDimension.Nationality);
        var tables = new List<FigureTable>
        {
            ByKind(FigureSet.Form, "Meldingen en adviesvragen per vorm van uitbuiting", "Vorm", Refs(ReferenceList.ExploitationForm), Of(FigureDimension.Form),
                "Een signaal kan meer vormen hebben; de totalen tellen vormen, geen signalen.", "form"),
            ByKind(FigureSet.Sector, "Meldingen en adviesvragen per sector", "Sector", Refs(ReferenceList.Sector), Of(FigureDimension.Sector)),
            ByKind(FigureSet.MelderType, "Meldingen en adviesvragen per soort melder", "Soort melder", Refs(ReferenceList.MelderType), Of(FigureDimension.MelderType)),
            ByKind(FigureSet.AgeGroup, "Mogelijke slachtoffers per leeftijdsgroep", "Leeftijdsgroep", AgeGroups.All, Of(FigureDimension.AgeGroup), unit: Victim),
            ByKind(FigureSet.Gender, "Mogelijke slachtoffers per geslacht", "Geslacht", Genders.All, Of(FigureDimension.Gender), unit: Victim),
            ByKind(FigureSet.Nationality, "Mogelijke slachtoffers per nationaliteit", "Nationaliteit", NationalityFigures.Rows,
                nationalities.Select(n => n with { Code = NationalityFigures.Row(n.Code) }).ToList(),
                "Landen die niet in de lijst staan, tellen bij overig; een nationaliteit die niet als land te herkennen is, telt als onbekend.", Victim),
            ByKind(FigureSet.NationalityGroup, "Mogelijke slachtoffers per nationaliteitsgroep", "Nationaliteitsgroep", NationalityGroups.All,
                nationalities.Select(n => n with { Code = NationalityGroups.Of(n.Code) }).ToList(),
                "Een nationaliteit die niet als land te herkennen is, telt als onbekend.", Victim),
            ByKind(FigureSet.Municipality, "Meldingen en adviesvragen per gemeente", "Gemeente", shownMunicipalities, Of(FigureDimension.Municipality),
                "Onbekend: nog zonder gemeente, bij de ketenregisseur."),
            Quarters(filter, cells),
            Funnel(cells, tracksInView),
        };
        tables.AddRange(Tracks(tracksInView));
        tables.Add(FlowTable.Build(filter, flowCells, munNames, municipalities.Select(m => m.Id).ToList()));
        tables.Add(await VictimsPerYearAsync(filter, cells, area, ct));
        return new FigureSet(filter, tables);
    }

    /// <summary>
    /// The counts of the view per month: whole months summed in the database from the pre-counted rows, partial months
    /// counted from the signals. Flow counts come without month (no table splits them by time).
    /// </summary>
    private async Task<(List<Cell> Cells, List<(FigureDimension Dimension, string Code, int N, long S)> Flows)> CellsAsync(
        FigureFilter filter, List<int>? area, List<int>? flowArea, CancellationToken ct)
    {
        var (whole, parts) = FigureMonths.Split(filter.Start, filter.End);
        var cells = new List<Cell>();
        var flows = new List<(FigureDimension, string, int, long)>();
        var focus = filter.MunicipalityId?.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|";
        if (whole.Count > 0)
        {
            var first = whole[0];
            var last = whole[^1];
            var counts = db.Set<FigureMonthCount>().AsNoTracking().Where(c => c.Month >= first && c.Month <= last);
            var inArea = area is null ? counts : counts.Where(c => area.Contains(c.MunicipalityId));
            var grouped = await inArea.Where(c => c.Dimension < FigureDimension.FlowWork)
                .GroupBy(c => new { c.Month, c.Kind, c.Dimension, c.Code })
                .Select(g => new { g.Key.Month, g.Key.Kind, g.Key.Dimension, g.Key.Code, N = g.Sum(c => c.N), S = g.Sum(c => c.IdSum) }).ToListAsync(ct);
            cells.AddRange(grouped.Select(g => new Cell(g.Month, g.Kind, g.Dimension, g.Code, g.N, g.S)));
            var flowCounts = flowArea is null ? counts : counts.Where(c => flowArea.Contains(c.MunicipalityId));
            var withVia = filter.MunicipalityId is not null;
            var packed = await flowCounts.Where(c => c.Dimension == FigureDimension.FlowWork || c.Dimension == FigureDimension.FlowFound
                    || (withVia && (c.Dimension == FigureDimension.FlowWorkViaFound || c.Dimension == FigureDimension.FlowFoundViaWork)))
                .Select(c => new { c.Dimension, c.Pairs }).ToListAsync(ct);
            flows.AddRange(packed.SelectMany(p => FigureCounter.Unpack(p.Pairs)
                    .Where(x => p.Dimension is FigureDimension.FlowWork or FigureDimension.FlowFound || x.Code.StartsWith(focus, StringComparison.Ordinal))
                    .Select(x => (p.Dimension, x.Code, x.N, x.IdSum)))
                .GroupBy(x => (x.Dimension, x.Code)).Select(g => (g.Key.Dimension, g.Key.Code, g.Sum(x => x.N), g.Sum(x => x.IdSum))));
        }
        foreach (var (month, from, to) in parts)
        {
            var rows = await FigureCounter.CountAsync(db, Area(filter, null).Where(s => s.ReceivedAt >= from && s.ReceivedAt < to), ct);
            cells.AddRange(rows.Where(c => c.Dimension < FigureDimension.FlowWork && (area is null || area.Contains(c.MunicipalityId)))
                .Select(c => new Cell(month, c.Kind, c.Dimension, c.Code, c.N, c.IdSum)));
            flows.AddRange(rows.Where(c => c.Dimension >= FigureDimension.FlowWork && (flowArea is null || flowArea.Contains(c.MunicipalityId)))
                .Where(c => c.Dimension is FigureDimension.FlowWork or FigureDimension.FlowFound || (filter.MunicipalityId is not null && c.Code!.StartsWith(focus, StringComparison.Ordinal)))
                .Select(c => (c.Dimension, c.Code!, c.N, c.IdSum)));
        }
        return (cells, flows);
    }

    /// <summary>Signals of the filter's municipality or region, from any date.</summary>
    private IQueryable<Signal> Area(FigureFilter filter, int? municipalityId)
    {
        var q = db.Signals.AsNoTracking();
        if (municipalityId is { } m)
        {
            q = q.Where(s => s.MunicipalityId == m);
        }
        if (filter.RegionId is { } r)
        {
            q = q.Where(s => s.Municipality!.RegionId == r);
        }
        return q;
    }

    /// <summary>Rows for every known category (also at zero, so tables keep their shape), then codes no longer in the list.</summary>
    private static FigureTable ByKind(string key, string caption, string rowHeader, IReadOnlyList<(string Code, string Label)> categories, IReadOnlyList<KindCount> counts, string? note = null, string unit = Signal)
    {
        FigureRow Row(string label, Func<KindCount, bool> match)
        {
            var report = counts.Where(c => match(c) && c.Kind == SignalKind.Report).ToList();
            var advice = counts.Where(c => match(c) && c.Kind == SignalKind.AdviceQuestion).ToList();
            return new FigureRow(label, [report.Sum(c => c.N), advice.Sum(c => c.N)], [report.Sum(c => c.S), advice.Sum(c => c.S)]);
        }
        var known = categories.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var unknownIndex = categories.ToList().FindIndex(c => c.Label == Unknown);
        // Codes no longer in the list and empty codes: an "Onbekend" category takes the empty ones, else a row of its own.
        var rows = categories.Select((c, i) => Row(c.Label, k => k.Code == c.Code || (i == unknownIndex && k.Code is null))).ToList();
        foreach (var code in counts.Where(c => c.Code is not null && !known.Contains(c.Code)).Select(c => c.Code!).Distinct().Order(StringComparer.Ordinal))
        {
            rows.Add(Row(code, k => k.Code == code));
        }
        // Always there: a row that appears only with data would tell that some record has no value.
        if (unknownIndex < 0)
        {
            rows.Add(Row(Unknown, k => k.Code is null));
        }
        return new FigureTable(key, caption, rowHeader, KindColumns, rows, note, Unit: unit);
    }

    private const string Signal = "signal";
    private const string Victim = "victim";

    private static (int N, long S) Sum(IEnumerable<Cell> cells)
    {
        var list = cells as IReadOnlyCollection<Cell> ?? cells.ToList();
        return (list.Sum(c => c.N), list.Sum(c => c.S));
    }

    private static FigureRow Row(string label, params (int N, long S)[] values) =>
        new(label, values.Select(v => v.N).ToArray(), values.Select(v => v.S).ToArray());

    private static FigureTable Quarters(FigureFilter filter, List<Cell> cells)
    {
        var rows = new List<FigureRow>();
        foreach (var quarter in Quarter.Spanning(filter.From, filter.To))
        {
            // Every signal has exactly one municipality count (the code may be empty); the cells hold only the period.
            var inQuarter = cells.Where(c => c.Dimension == FigureDimension.Municipality
                && FigureMonths.FirstDay(c.Month) >= quarter.FirstDay && FigureMonths.FirstDay(c.Month) < quarter.NextFirstDay).ToList();
            rows.Add(Row(quarter.ToString(), Sum(inQuarter.Where(c => c.Kind == SignalKind.Report)), Sum(inQuarter.Where(c => c.Kind == SignalKind.AdviceQuestion))));
        }
        return new FigureTable(FigureSet.Quarter, "Meldingen en adviesvragen per kwartaal", "Kwartaal", KindColumns, rows,
            "Een kwartaal telt alleen de maanden binnen de gekozen periode.");
    }

    private static FigureTable Funnel(List<Cell> cells, List<TrackCount> tracksInView)
    {
        var total = Sum(cells.Where(c => c.Dimension == FigureDimension.Municipality && c.Kind == SignalKind.Report));
        var registered = Sum(cells.Where(c => c.Dimension == FigureDimension.Registered && c.Kind == SignalKind.Report));
        var suspicion = Sum(cells.Where(c => c.Dimension == FigureDimension.Suspicion && c.Kind == SignalKind.Report));
        // The reports in a case come counted per case; only the cases' tracks are looked up.
        var tracks = tracksInView.GroupBy(t => t.CaseId)
            .ToDictionary(g => g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g => g.Where(t => t.Status == TrackStatus.Open).Sum(t => t.N));
        var inCase = cells.Where(c => c.Dimension == FigureDimension.Case && c.Kind == SignalKind.Report && tracks.ContainsKey(c.Code!)).ToList();
        return new FigureTable(FigureSet.Funnel, "Van melding tot uitkomst", "Stap", ["Meldingen"],
        [
            Row("Ontvangen", total),
            Row("Aangemeld voor de tafel", registered),
            Row("Redelijk vermoeden", suspicion),
            Row("Casus met traject(en)", Sum(inCase)),
            Row("Alle trajecten afgerond", Sum(inCase.Where(c => tracks[c.Code!] == 0))),
        ], "Elke stap telt meldingen uit de gekozen periode die die stap bereikten.");
    }

    private sealed record TrackCount(int CaseId, TrackKind Kind, TrackStatus Status, string? OutcomeCode, int N, long S);

    private static IReadOnlyList<FigureTable> Tracks(List<TrackCount> tracks)
    {
        (int, long) Of(IEnumerable<TrackCount> t)
        {
            var list = t.ToList();
            return (list.Sum(x => x.N), list.Sum(x => x.S));
        }
        var kindTable = new FigureTable(FigureSet.Tracks, "Trajecten van casussen uit deze meldingen", "Soort traject", ["Lopend", "Afgerond"],
            Enum.GetValues<TrackKind>().Select(k => Row(TableLabels.Dutch(k),
                Of(tracks.Where(b => b.Kind == k && b.Status == TrackStatus.Open)),
                Of(tracks.Where(b => b.Kind == k && b.Status == TrackStatus.Closed)))).ToList(), Unit: "track");
        // The outcome of the criminal part is police-only, also as a count.
        var closed = tracks.Where(t => t.Status == TrackStatus.Closed && t.OutcomeCode != null && t.Kind != TrackKind.CareAndCriminal).ToList();
        var outcomeRows = TrackOutcomes.ByKind.Where(k => !TrackOutcomes.IsPoliceOnly(k.Key))
            .SelectMany(k => k.Value.Select(o => Row(o.Label, Of(closed.Where(x => x.Kind == k.Key && x.OutcomeCode == o.Code)))))
            .ToList();
        var outcomeTable = new FigureTable(FigureSet.Outcomes, "Uitkomsten van afgeronde trajecten", "Uitkomst", ["Trajecten"], outcomeRows,
            "Uitkomsten van het strafrechtelijke traject ziet alleen de politie; ze staan hier niet in.", Unit: "track");
        return [kindTable, outcomeTable];
    }

    /// <summary>
    /// Possible victims in view per calendar year (cut to the chosen period): every person with the role possible victim
    /// in a signal received in that year, plus every such person in an older signal whose case was open at some moment
    /// in that year. A person is counted once per signal that names them; the same person in two unmerged signals
    /// counts twice, because the register keeps no identity across signals beyond suggested links.
    /// </summary>
    private async Task<FigureTable> VictimsPerYearAsync(FigureFilter filter, List<Cell> cells, List<int>? area, CancellationToken ct)
    {
        var periodStart = filter.Start;
        var periodEnd = filter.End;
        // The cases open at some moment of the period (few), and the possible victims of the older signals per case,
        // pre-counted per month; only a partial month before the period's first day is counted from the signals.
        var cases = await db.Set<TableCase>().AsNoTracking().Where(c => c.OpenedAt < periodEnd && (c.ClosedAt == null || c.ClosedAt >= periodStart))
            .Select(c => new { c.Id, c.OpenedAt, c.ClosedAt }).ToListAsync(ct);
        var beforeMonth = FigureMonths.Of(new DateOnly(filter.To.Year, 1, 1) > filter.From ? new DateOnly(filter.To.Year, 1, 1) : filter.From);
        var counted = db.Set<FigureMonthCount>().AsNoTracking().Where(c => c.Dimension == FigureDimension.CaseVictims && c.Month < beforeMonth);
        var inCase = await (area is null ? counted : counted.Where(c => area.Contains(c.MunicipalityId)))
            .GroupBy(c => new { c.Month, c.Code }).Select(g => new { g.Key.Month, g.Key.Code, N = g.Sum(c => c.N), S = g.Sum(c => c.IdSum) }).ToListAsync(ct);
        var perCase = inCase.Select(c => (c.Month, CaseId: int.Parse(c.Code!, System.Globalization.CultureInfo.InvariantCulture), c.N, c.S)).ToList();
        var partialStart = FigureMonths.Start(FigureMonths.Of(filter.From));
        if (partialStart < periodStart)
        {
            var partial = await (from p in db.Subjects join s in Area(filter, filter.MunicipalityId) on p.SignalId equals s.Id
                                 where p.Role == SubjectRole.PossibleVictim && s.CaseId != null && s.ReceivedAt >= partialStart && s.ReceivedAt < periodStart
                                 group p by s.CaseId into g select new { CaseId = g.Key!.Value, N = g.Count(), S = g.Sum(x => (long)x.Id) }).ToListAsync(ct);
            // Marked with month 0: before the first window only; later windows read that month whole.
            perCase.AddRange(partial.Select(p => (0, p.CaseId, p.N, p.S)));
        }
        var rows = new List<FigureRow>();
        for (var year = filter.From.Year; year <= filter.To.Year; year++)
        {
            var from = year == filter.From.Year ? filter.From : new DateOnly(year, 1, 1);
            var to = year == filter.To.Year ? filter.To : new DateOnly(year, 12, 31);
            var window = filter with { From = from, To = to };
            var start = window.Start;
            var end = window.End;
            // Every possible victim has exactly one age-group count (the code may be empty).
            var newInYear = Sum(cells.Where(c => c.Dimension == FigureDimension.AgeGroup && c.Month / 100 == year));
            var open = cases.Where(c => c.OpenedAt < end && (c.ClosedAt == null || c.ClosedAt >= start)).Select(c => c.Id).ToHashSet();
            var startMonth = FigureMonths.Of(from);
            var still = perCase.Where(c => open.Contains(c.CaseId) && (c.Month == 0 ? year == filter.From.Year : c.Month < startMonth)).ToList();
            var stillInCase = (N: still.Sum(c => c.N), S: still.Sum(c => c.S));
            rows.Add(Row(year.ToString(System.Globalization.CultureInfo.InvariantCulture), (newInYear.N + stillInCase.N, newInYear.S + stillInCase.S), newInYear));
        }
        return new FigureTable(FigureSet.VictimsPerYear, "Mogelijke slachtoffers in beeld per jaar", "Jaar", ["In beeld", "Waarvan nieuw gemeld"], rows,
            "In beeld: genoemd als mogelijk slachtoffer in een melding of adviesvraag van dat jaar, of in een eerdere melding waarvan de casus dat jaar liep. Wie in twee meldingen staat die niet zijn samengevoegd, telt twee keer.",
            AddsUp: false, Unit: Victim);
    }
}
