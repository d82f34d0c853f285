using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Table;

/// <summary>
/// Builds a meeting's agenda from what the table has to see: signals registered for the table or acute that it has not
/// decided on (acute first, see <see cref="AgendaOrder"/>), signals it keeps monitoring, open cases. Running it again only adds what is missing, so
/// the chair's reordering and postponements survive.
/// </summary>
public sealed class AgendaBuilder(SchakelDb db, LinkingOptions linking, TimeProvider clock)
{
    public async Task<int> GenerateAsync(TableMeeting meeting, CancellationToken ct)
    {
        var table = meeting.Table!;
        var regionMunicipalities = await db.Organisations.Where(o => o.RegionId == table.RegionId).Select(o => o.Id).ToListAsync(ct);
        var existing = await db.Set<AgendaItem>().Where(i => i.MeetingId == meeting.Id).ToListAsync(ct);
        var onAgendaSignals = existing.Where(i => i.SignalId is not null).Select(i => i.SignalId!.Value).ToHashSet();
        var onAgendaCases = existing.Where(i => i.CaseId is not null).Select(i => i.CaseId!.Value).ToHashSet();

        // The latest decision per signal at this table decides whether it is new, monitored or done.
        var decided = await db.Set<AgendaItem>()
            .Where(i => i.SignalId != null && i.DecidedAt != null && i.Meeting!.TableId == table.Id && i.MeetingId != meeting.Id)
            .Select(i => new { SignalId = i.SignalId!.Value, i.DecidedAt, i.Outcome }).ToListAsync(ct);
        var lastOutcome = decided.GroupBy(d => d.SignalId).ToDictionary(g => g.Key, g => g.OrderByDescending(d => d.DecidedAt).First().Outcome);
        // A signal the table handed back to the municipality comes back as new once the municipality registers it again.
        var handedBackAt = decided.GroupBy(d => d.SignalId).Select(g => g.OrderByDescending(d => d.DecidedAt).First())
            .Where(d => d.Outcome == TableOutcome.LocalFollowUp).ToDictionary(d => d.SignalId, d => d.DecidedAt!.Value);

        var candidates = await db.Signals
            .Where(s => s.CaseId == null && s.Kind == SignalKind.Report
                && (s.Status == SignalStatus.RegisteredForTable || (s.IsAcute && s.Status != SignalStatus.HandledLocally && s.Status != SignalStatus.ClosedByTable && s.Status != SignalStatus.ClosedInTriage))
                && (s.MunicipalityId == null || regionMunicipalities.Contains(s.MunicipalityId.Value)))
            .Select(s => new { s.Id, s.IsAcute, Since = s.RegisteredForTableAt ?? s.AcuteAt ?? s.ReceivedAt, s.RegisteredForTableAt, s.Status })
            .ToListAsync(ct);

        var added = new List<AgendaItem>();
        foreach (var s in candidates.OrderByDescending(s => s.IsAcute).ThenBy(s => s.Since))
        {
            if (onAgendaSignals.Contains(s.Id))
            {
                continue;
            }
            if (!lastOutcome.TryGetValue(s.Id, out var outcome)
                || (handedBackAt.TryGetValue(s.Id, out var back) && s.Status == SignalStatus.RegisteredForTable && s.RegisteredForTableAt > back))
            {
                added.Add(new AgendaItem { MeetingId = meeting.Id, SignalId = s.Id, Section = AgendaSection.NewSignal });
            }
            else if (outcome == TableOutcome.KeepMonitoring)
            {
                added.Add(new AgendaItem { MeetingId = meeting.Id, SignalId = s.Id, Section = AgendaSection.OngoingSignal });
            }
        }
        // 0 + 0 + 0 = 1: the open signals of a network the chain director confirmed and that crossed the threshold come
        // to the table as new signals, even when no attention officer registered them on their own.
        var flagged = await LinkClusters.FlaggedAsync(db, linking, ct);
        var candidateIds = candidates.Select(c => c.Id).ToHashSet();
        foreach (var signal in flagged.SelectMany(c => c.Signals).DistinctBy(s => s.Id).OrderBy(s => s.Id))
        {
            var open = signal.Status is SignalStatus.New or SignalStatus.InProgress or SignalStatus.AwaitingTriage or SignalStatus.RegisteredForTable;
            var inRegion = signal.MunicipalityId is null || regionMunicipalities.Contains(signal.MunicipalityId.Value);
            if (open && inRegion && !candidateIds.Contains(signal.Id) && !onAgendaSignals.Contains(signal.Id) && !lastOutcome.ContainsKey(signal.Id)
                && !await db.Signals.AnyAsync(s => s.Id == signal.Id && s.CaseId != null, ct))
            {
                added.Add(new AgendaItem { MeetingId = meeting.Id, SignalId = signal.Id, Section = AgendaSection.NewSignal });
            }
        }
        var openCases = await db.Set<TableCase>().Where(c => c.TableId == table.Id && c.ClosedAt == null && c.OpenedAt < meeting.StartsAt)
            .OrderBy(c => c.OpenedAt).Select(c => c.Id).ToListAsync(ct);
        foreach (var caseId in openCases.Where(c => !onAgendaCases.Contains(c)))
        {
            added.Add(new AgendaItem { MeetingId = meeting.Id, CaseId = caseId, Section = AgendaSection.CaseInMonitoring });
        }

        // New items go to the end of their section, acute ones to the end of the section's acute items; what the chair
        // already ordered keeps its place (AgendaOrder: acute first within a section, then the chair's order).
        var acute = await AgendaOrder.AcuteItemIdsAsync(db, meeting.Id, ct);
        var acuteSignals = candidates.Where(c => c.IsAcute).Select(c => c.Id).ToHashSet();
        var positioned = existing.OrderBy(i => i.Position).Concat(added).ToList();
        var rank = positioned.Select((item, n) => (item, n)).ToDictionary(x => x.item, x => x.n);
        var ordered = positioned.OrderBy(i => i.Section)
            .ThenByDescending(i => acute.Contains(i.Id) || (i.Id == 0 && i.SignalId is { } s && acuteSignals.Contains(s)))
            .ThenBy(i => rank[i]).ToList();
        for (var n = 0; n < ordered.Count; n++)
        {
            ordered[n].Position = n + 1;
        }
        db.Set<AgendaItem>().AddRange(added);
        meeting.AgendaGeneratedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return added.Count;
    }

    /// <summary>Open actions of this table whose due date lies before the meeting day.</summary>
    public static IQueryable<TableAction> OverdueAt(IQueryable<TableAction> actions, IQueryable<TableMeeting> meetings, int tableId, DateOnly day) =>
        actions.Where(a => a.Status == ActionStatus.Open && a.DueOn < day && meetings.Any(m => m.Id == a.MeetingId && m.TableId == tableId));
}
