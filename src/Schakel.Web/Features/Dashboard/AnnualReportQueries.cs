using Microsoft.EntityFrameworkCore;
using Schakel.Core.BasicLevel;
using Schakel.Core.Care;
using Schakel.Core.Figures;
using Schakel.Core.Organisations;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Features.BasicLevel;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Dashboard;

public sealed record BasicLevelProgress(string Municipality, int Done, int Required);

/// <summary>Everything the annual evaluation report shows for one calendar year, exact (masking happens on the page).</summary>
public sealed record AnnualReport(int Year, FigureSet Figures, FigureTable CasesPerMunicipality, FigureTable Actions,
    DurationSummary SignalToDecision, DurationSummary DecisionToCare, IReadOnlyList<BasicLevelProgress> BasicLevel, int RequiredBlocks);

/// <summary>
/// The annual evaluation: the dashboard figures for the year plus throughput times, actions done on time and the
/// municipalities' basic level, which the page groups under efficiency, goal attainment and effectiveness.
/// </summary>
public sealed class AnnualReportQueries(SchakelDb db, FigureQueries figures, StateOfAffairs state, TimeProvider clock)
{
    public const string CasesKey = "casussen-gemeente";
    public const string ActionsKey = "acties";

    public async Task<AnnualReport> BuildAsync(int year, bool withBasicLevel, CancellationToken ct)
    {
        var filter = new FigureFilter(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var start = filter.Start;
        var end = filter.End;
        var set = await figures.BuildAsync(filter, ct);

        // Signal to decision: reports of the year that reached a table decision, from receipt to the first decision.
        var decided = await (from a in db.Set<AgendaItem>().AsNoTracking()
                             join s in db.Signals.AsNoTracking() on a.SignalId equals s.Id
                             where s.Kind == SignalKind.Report && s.ReceivedAt >= start && s.ReceivedAt < end && a.DecidedAt != null
                             select new { s.Id, s.ReceivedAt, DecidedAt = a.DecidedAt!.Value }).ToListAsync(ct);
        var toDecision = Durations.Summarise(decided.GroupBy(d => d.Id)
            .Select(g => Durations.DaysBetween(g.First().ReceivedAt, g.Min(d => d.DecidedAt))));

        // Decision to first care contact: a case is opened by the table's decision; the care coordinator's first
        // contact is when the first care file for one of its possible victims is opened.
        var cases = await db.Set<TableCase>().AsNoTracking().Where(c => c.OpenedAt >= start && c.OpenedAt < end)
            .Select(c => new { c.Id, c.OpenedAt, c.MunicipalityId }).ToListAsync(ct);
        var caseIds = cases.Select(c => c.Id).ToList();
        var careOpened = await db.Set<CareFile>().AsNoTracking().Where(f => caseIds.Contains(f.CaseId))
            .Select(f => new { f.CaseId, f.OpenedAt }).ToListAsync(ct);
        var toCare = Durations.Summarise(careOpened.GroupBy(f => f.CaseId)
            .Select(g => Durations.DaysBetween(cases.Single(c => c.Id == g.Key).OpenedAt, g.Min(f => f.OpenedAt))));

        var municipalities = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Municipality)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        FigureRow CaseRow(string label, Func<int?, bool> match)
        {
            var of = cases.Where(c => match(c.MunicipalityId)).ToList();
            return new FigureRow(label, [of.Count], [of.Sum(c => (long)c.Id)]);
        }
        var caseRows = municipalities.Select(m => CaseRow(m.Name, id => id == m.Id)).ToList();
        // Always present, so a row that appears does not tell that a case without municipality exists.
        caseRows.Add(CaseRow("Onbekend", id => id is null));
        var casesTable = new FigureTable(CasesKey, $"Casussen geopend in {year} per gemeente", "Gemeente", ["Casussen"], caseRows, Unit: "case");

        var first = filter.From;
        var last = filter.To;
        var actions = await db.Set<TableAction>().AsNoTracking().Where(a => a.DueOn >= first && a.DueOn <= last && a.Status != ActionStatus.Cancelled)
            .Select(a => new { a.Id, a.Status, a.DueOn, a.DoneAt }).ToListAsync(ct);
        var today = DutchTime.Today(clock);
        bool DoneOnTime(DateTimeOffset? done, DateOnly due) => done is { } d && DutchTime.Day(d) <= due;
        FigureRow ActionRow(string label, Func<ActionStatus, DateOnly, DateTimeOffset?, bool> match)
        {
            var of = actions.Where(a => match(a.Status, a.DueOn, a.DoneAt)).ToList();
            return new FigureRow(label, [of.Count], [of.Sum(a => (long)a.Id)]);
        }
        var actionsTable = new FigureTable(ActionsKey, $"Acties van de casustafel met een termijn in {year}", "Stand", ["Acties"],
        [
            ActionRow("Op tijd afgerond", (status, due, done) => status == ActionStatus.Done && DoneOnTime(done, due)),
            ActionRow("Te laat afgerond", (status, due, done) => status == ActionStatus.Done && !DoneOnTime(done, due)),
            ActionRow("Open en over de termijn", (status, due, _) => status == ActionStatus.Open && due < today),
            ActionRow("Open, termijn nog niet voorbij", (status, due, _) => status == ActionStatus.Open && due >= today),
        ], "Ingetrokken acties tellen niet mee.", Unit: "action");

        var progress = new List<BasicLevelProgress>();
        var required = 0;
        if (withBasicLevel)
        {
            var data = await state.LoadAsync(ct);
            required = data.Blocks.Count(b => !b.IsOptional);
            progress = data.Municipalities.Select(m => new BasicLevelProgress(m.Name, data.DoneCount(m.Id, optional: false), required)).ToList();
        }
        return new AnnualReport(year, set, casesTable, actionsTable, toDecision, toCare, progress, required);
    }
}
