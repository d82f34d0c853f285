using Microsoft.EntityFrameworkCore;
using Schakel.Core.Figures;
using Schakel.Core.Organisations;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Features.Dashboard;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.IntegrationTests.Dashboard;

/// <summary>
/// The dashboard counts computed directly from the signals, as before pre-counting: the reference the pre-counted figures are checked against.
/// </summary>
public sealed class LiveFigureQueries(SchakelDb db)
{
    public static readonly IReadOnlyList<string> KindColumns = ["Meldingen", "Adviesvragen"];
    private const string Unknown = "Onbekend";

    private sealed record KindCount(string? Code, SignalKind Kind, int N);

    public async Task<FigureSet> BuildAsync(FigureFilter filter, CancellationToken ct)
    {
        var signals = Signals(filter, filter.MunicipalityId);
        var refs = await db.ReferenceItems.AsNoTracking().OrderBy(r => r.SortOrder).Select(r => new { r.List, r.Code, r.Label }).ToListAsync(ct);
        var municipalities = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Municipality)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, o.RegionId }).ToListAsync(ct);
        IReadOnlyList<(string, string)> Refs(ReferenceList list) => refs.Where(r => r.List == list).Select(r => (r.Code, r.Label)).ToList();
        var munNames = municipalities.ToDictionary(m => m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), m => m.Name);
        var shownMunicipalities = municipalities.Where(m => (filter.RegionId is null || m.RegionId == filter.RegionId) && (filter.MunicipalityId is null || m.Id == filter.MunicipalityId))
            .Select(m => (m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Name)).ToList();

        var forms = await (from f in db.Set<SignalForm>() join s in signals on f.SignalId equals s.Id
                           group f by new { f.FormCode, s.Kind } into g
                           select new KindCount(g.Key.FormCode, g.Key.Kind, g.Count())).ToListAsync(ct);
        // Sector, melder type and municipality in one scan of the period (at most a few thousand combinations).
        var signalProfiles = await signals.GroupBy(s => new { s.SectorCode, s.MelderTypeCode, s.MunicipalityId, s.Kind })
            .Select(g => new { g.Key.SectorCode, g.Key.MelderTypeCode, g.Key.MunicipalityId, g.Key.Kind, N = g.Count() }).ToListAsync(ct);
        var sectors = signalProfiles.Select(x => new KindCount(x.SectorCode, x.Kind, x.N)).ToList();
        var melders = signalProfiles.Select(x => new KindCount(x.MelderTypeCode, x.Kind, x.N)).ToList();
        var victims = from p in db.Subjects join s in signals on p.SignalId equals s.Id where p.Role == SubjectRole.PossibleVictim select new { p, s.Kind };
        // One pass over the victims for three tables: the combinations of age group, gender and nationality are few,
        // so they come into memory grouped and are split there, instead of joining the subjects three times.
        var profiles = await victims.GroupBy(x => new { x.p.AgeGroup, x.p.Gender, x.p.Nationality, x.Kind })
            .Select(g => new { g.Key.AgeGroup, g.Key.Gender, g.Key.Nationality, g.Key.Kind, N = g.Count() }).ToListAsync(ct);
        var ages = profiles.Select(x => new KindCount(x.AgeGroup, x.Kind, x.N)).ToList();
        var genders = profiles.Select(x => new KindCount(x.Gender, x.Kind, x.N)).ToList();
        var nationalities = profiles.Select(x => new KindCount(NationalityGroups.CountryCode(x.Nationality), x.Kind, x.N)).ToList();
        var perMunicipality = signalProfiles.Select(x => new { x.MunicipalityId, x.Kind, x.N }).ToList();

        var tables = new List<FigureTable>
        {
            ByKind(FigureSet.Form, "Meldingen en adviesvragen per vorm van uitbuiting", "Vorm", Refs(ReferenceList.ExploitationForm), forms,
                "Een signaal kan meer vormen hebben; de totalen tellen vormen, geen signalen."),
            ByKind(FigureSet.Sector, "Meldingen en adviesvragen per sector", "Sector", Refs(ReferenceList.Sector), sectors),
            ByKind(FigureSet.MelderType, "Meldingen en adviesvragen per soort melder", "Soort melder", Refs(ReferenceList.MelderType), melders),
            ByKind(FigureSet.AgeGroup, "Mogelijke slachtoffers per leeftijdsgroep", "Leeftijdsgroep", AgeGroups.All, ages),
            ByKind(FigureSet.Gender, "Mogelijke slachtoffers per geslacht", "Geslacht", Genders.All, genders),
            ByKind(FigureSet.Nationality, "Mogelijke slachtoffers per nationaliteit", "Nationaliteit", NationalityFigures.Rows, nationalities.Select(n => n with { Code = NationalityFigures.Row(n.Code) }).ToList()),
            ByKind(FigureSet.NationalityGroup, "Mogelijke slachtoffers per nationaliteitsgroep", "Nationaliteitsgroep", NationalityGroups.All,
                nationalities.Select(n => n with { Code = NationalityGroups.Of(n.Code) }).ToList(),
                "Nationaliteit wordt vrij ingevuld; een waarde die niet als land of nationaliteit te herkennen is, telt als onbekend."),
            ByKind(FigureSet.Municipality, "Meldingen en adviesvragen per gemeente", "Gemeente", shownMunicipalities,
                perMunicipality.Select(m => new KindCount(m.MunicipalityId?.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Kind, m.N)).ToList(),
                "Onbekend: nog zonder gemeente, bij de ketenregisseur."),
            await QuartersAsync(filter, signals, ct),
            await FunnelAsync(signals, signalProfiles.Where(x => x.Kind == SignalKind.Report).Sum(x => x.N), ct),
        };
        tables.AddRange(await TracksAsync(signals, ct));
        tables.Add(await FlowsAsync(filter, munNames, municipalities.Select(m => m.Id).ToList(), ct));
        tables.Add(await VictimsPerYearAsync(filter, ct));
        return new FigureSet(filter, tables);
    }

    private IQueryable<Signal> Signals(FigureFilter filter, int? municipalityId)
    {
        var start = filter.Start;
        var end = filter.End;
        return Area(filter, municipalityId).Where(s => s.ReceivedAt >= start && s.ReceivedAt < end);
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
    private static FigureTable ByKind(string key, string caption, string rowHeader, IReadOnlyList<(string Code, string Label)> categories, IReadOnlyList<KindCount> counts, string? note = null)
    {
        int Count(string? code, SignalKind kind) => counts.Where(c => c.Code == code && c.Kind == kind).Sum(c => c.N);
        var rows = categories.Select(c => new FigureRow(c.Label, [Count(c.Code, SignalKind.Report), Count(c.Code, SignalKind.AdviceQuestion)])).ToList();
        var known = categories.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var code in counts.Where(c => c.Code is not null && !known.Contains(c.Code)).Select(c => c.Code!).Distinct().Order(StringComparer.Ordinal))
        {
            rows.Add(new FigureRow(code, [Count(code, SignalKind.Report), Count(code, SignalKind.AdviceQuestion)]));
        }
        // An "Onbekend" row is always there: one that appears only with data tells that some record has no value.
        {
            var unknown = rows.FindIndex(r => r.Label == Unknown);
            int[] values = [Count(null, SignalKind.Report), Count(null, SignalKind.AdviceQuestion)];
            if (unknown >= 0)
            {
                rows[unknown] = rows[unknown] with { Values = [rows[unknown].Values[0] + values[0], rows[unknown].Values[1] + values[1]] };
            }
            else
            {
                rows.Add(new FigureRow(Unknown, values));
            }
        }
        return new FigureTable(key, caption, rowHeader, KindColumns, rows, note);
    }

    private static async Task<FigureTable> QuartersAsync(FigureFilter filter, IQueryable<Signal> signals, CancellationToken ct)
    {
        var rows = new List<FigureRow>();
        foreach (var quarter in Quarter.Spanning(filter.From, filter.To))
        {
            var start = new DateTimeOffset(quarter.FirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var end = new DateTimeOffset(quarter.NextFirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var counts = await signals.Where(s => s.ReceivedAt >= start && s.ReceivedAt < end)
                .GroupBy(s => s.Kind).Select(g => new { Kind = g.Key, N = g.Count() }).ToListAsync(ct);
            rows.Add(new FigureRow(quarter.ToString(), [
                counts.Where(c => c.Kind == SignalKind.Report).Sum(c => c.N),
                counts.Where(c => c.Kind == SignalKind.AdviceQuestion).Sum(c => c.N)]));
        }
        return new FigureTable(FigureSet.Quarter, "Meldingen en adviesvragen per kwartaal", "Kwartaal", KindColumns, rows,
            "Het eerste en laatste kwartaal tellen alleen de dagen binnen de gekozen periode.");
    }

    private async Task<FigureTable> FunnelAsync(IQueryable<Signal> signals, int total, CancellationToken ct)
    {
        var items = db.Set<AgendaItem>();
        var tracks = db.Set<CaseTrack>();
        var reports = signals.Where(s => s.Kind == SignalKind.Report);
        var registered = await reports.CountAsync(s => s.RegisteredForTableAt != null, ct);
        // Driven from the agenda decisions, which are few, rather than probing every report of the period.
        var suspicion = await (from a in items where a.ReasonableSuspicion == true
                               join s in reports on a.SignalId equals s.Id
                               select s.Id).Distinct().CountAsync(ct);
        var withTracks = await reports.CountAsync(s => s.CaseId != null && tracks.Any(t => t.CaseId == s.CaseId), ct);
        var withOutcome = await reports.CountAsync(s => s.CaseId != null && tracks.Any(t => t.CaseId == s.CaseId)
            && !tracks.Any(t => t.CaseId == s.CaseId && t.Status == TrackStatus.Open), ct);
        return new FigureTable(FigureSet.Funnel, "Van melding tot uitkomst", "Stap", ["Meldingen"],
        [
            new("Ontvangen", [total]),
            new("Aangemeld voor de tafel", [registered]),
            new("Redelijk vermoeden", [suspicion]),
            new("Casus met traject(en)", [withTracks]),
            new("Alle trajecten afgerond", [withOutcome]),
        ], "Elke stap telt meldingen uit de gekozen periode die die stap bereikten.");
    }

    private async Task<IReadOnlyList<FigureTable>> TracksAsync(IQueryable<Signal> signals, CancellationToken ct)
    {
        var caseIds = signals.Where(s => s.CaseId != null).Select(s => s.CaseId!.Value).Distinct();
        var tracks = db.Set<CaseTrack>().AsNoTracking().Where(t => caseIds.Contains(t.CaseId));
        var byKind = await tracks.GroupBy(t => new { t.Kind, t.Status }).Select(g => new { g.Key.Kind, g.Key.Status, N = g.Count() }).ToListAsync(ct);
        // The outcome of the criminal part is police-only, also as a count.
        var outcomes = await tracks.Where(t => t.Status == TrackStatus.Closed && t.OutcomeCode != null && t.Kind != TrackKind.CareAndCriminal)
            .GroupBy(t => new { t.Kind, t.OutcomeCode }).Select(g => new { g.Key.Kind, g.Key.OutcomeCode, N = g.Count() }).ToListAsync(ct);
        var kindTable = new FigureTable(FigureSet.Tracks, "Trajecten van casussen uit deze meldingen", "Soort traject", ["Lopend", "Afgerond"],
            Enum.GetValues<TrackKind>().Select(k => new FigureRow(TableLabels.Dutch(k), [
                byKind.Where(b => b.Kind == k && b.Status == TrackStatus.Open).Sum(b => b.N),
                byKind.Where(b => b.Kind == k && b.Status == TrackStatus.Closed).Sum(b => b.N)])).ToList());
        var outcomeRows = TrackOutcomes.ByKind.Where(k => !TrackOutcomes.IsPoliceOnly(k.Key))
            .SelectMany(k => k.Value.Select(o => new FigureRow(o.Label, [outcomes.Where(x => x.Kind == k.Key && x.OutcomeCode == o.Code).Sum(x => x.N)])))
            .ToList();
        var outcomeTable = new FigureTable(FigureSet.Outcomes, "Uitkomsten van afgeronde trajecten", "Uitkomst", ["Trajecten"], outcomeRows,
            "Uitkomsten van het strafrechtelijke traject ziet alleen de politie; ze staan hier niet in.");
        return [kindTable, outcomeTable];
    }

    /// <summary>
    /// Possible victims in view per calendar year (cut to the chosen period): every person with the role possible victim
    /// in a signal received in that year, plus every such person in an older signal whose case was open at some moment
    /// in that year. A person is counted once per signal that names them; the same person in two unmerged signals
    /// counts twice, because the register keeps no identity across signals beyond suggested links.
    /// </summary>
    private async Task<FigureTable> VictimsPerYearAsync(FigureFilter filter, CancellationToken ct)
    {
        var cases = db.Set<TableCase>();
        var rows = new List<FigureRow>();
        for (var year = filter.From.Year; year <= filter.To.Year; year++)
        {
            var from = year == filter.From.Year ? filter.From : new DateOnly(year, 1, 1);
            var to = year == filter.To.Year ? filter.To : new DateOnly(year, 12, 31);
            var window = filter with { From = from, To = to };
            var start = window.Start;
            var end = window.End;
            var newInYear = await (from p in db.Subjects join s in Signals(window, filter.MunicipalityId) on p.SignalId equals s.Id
                                   where p.Role == SubjectRole.PossibleVictim select p.Id).CountAsync(ct);
            // Driven from the cases open in the window (few) through the case index, not from every older signal.
            var openCases = cases.Where(c => c.OpenedAt < end && (c.ClosedAt == null || c.ClosedAt >= start)).Select(c => (int?)c.Id);
            var earlier = Area(filter, filter.MunicipalityId).Where(s => openCases.Contains(s.CaseId) && s.ReceivedAt < start);
            var stillInCase = await (from p in db.Subjects join s in earlier on p.SignalId equals s.Id
                                     where p.Role == SubjectRole.PossibleVictim select p.Id).CountAsync(ct);
            rows.Add(new FigureRow(year.ToString(System.Globalization.CultureInfo.InvariantCulture), [newInYear + stillInCase, newInYear]));
        }
        return new FigureTable(FigureSet.VictimsPerYear, "Mogelijke slachtoffers in beeld per jaar", "Jaar", ["In beeld", "Waarvan nieuw gemeld"], rows,
            "In beeld: genoemd als mogelijk slachtoffer in een melding of adviesvraag van dat jaar, of in een eerdere melding waarvan de casus dat jaar liep. Wie in twee meldingen staat die niet zijn samengevoegd, telt twee keer.",
            AddsUp: false);
    }

    /// <summary>Where possible victims live against where they were exploited (work) or found; one count per pair.</summary>
    private async Task<FigureTable> FlowsAsync(FigureFilter filter, IReadOnlyDictionary<string, string> names, IReadOnlyList<int> municipalities, CancellationToken ct)
    {
        var victims = from p in db.Subjects join s in Signals(filter, null) on p.SignalId equals s.Id
                      where p.Role == SubjectRole.PossibleVictim && p.LivesInMunicipalityId != null
                      select p;
        if (filter.MunicipalityId is { } m)
        {
            victims = victims.Where(p => p.LivesInMunicipalityId == m || p.WorksInMunicipalityId == m || p.FoundInMunicipalityId == m);
        }
        // One grouped pass; the split into "worked in" and "found in" pairs happens in memory.
        var places = await victims.GroupBy(p => new { From = p.LivesInMunicipalityId!.Value, p.WorksInMunicipalityId, p.FoundInMunicipalityId })
            .Select(g => new { g.Key.From, g.Key.WorksInMunicipalityId, g.Key.FoundInMunicipalityId, N = g.Count() }).ToListAsync(ct);
        var worked = places.Where(p => p.WorksInMunicipalityId != null).Select(p => new { p.From, To = p.WorksInMunicipalityId!.Value, p.N });
        var found = places.Where(p => p.FoundInMunicipalityId != null && (p.WorksInMunicipalityId == null || p.FoundInMunicipalityId != p.WorksInMunicipalityId))
            .Select(p => new { p.From, To = p.FoundInMunicipalityId!.Value, p.N });
        var pairs = worked.Concat(found).ToList();
        string Name(int id) => names.TryGetValue(id.ToString(System.Globalization.CultureInfo.InvariantCulture), out var n) ? n : Unknown;
        var to = municipalities.Concat(pairs.Select(p => p.From)).Concat(pairs.Select(p => p.To)).Distinct().OrderBy(Name, StringComparer.CurrentCulture).ToList();
        var rows = to
            .Select(from => new FigureRow(Name(from), to.Select(t => pairs.Where(p => p.From == from && p.To == t).Sum(p => p.N)).ToList()))
            .ToList();
        return new FigureTable(FigureSet.Flows, "Stromen tussen gemeenten: woonplaats (rij) en plaats van uitbuiting of aantreffen (kolom)", "Woont in",
            to.Select(Name).ToList(), rows, "Een mogelijk slachtoffer dat elders werkt én elders is aangetroffen telt bij beide plaatsen.");
    }
}
