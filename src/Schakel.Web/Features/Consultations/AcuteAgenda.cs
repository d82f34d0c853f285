using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Consultations;

/// <summary>
/// After a spoed-MDO the signal goes on the next meeting of its region's table as an acute item. The agenda shows acute
/// items above the others in every section, so the item only needs to be there; it goes to the end of its section and
/// the agenda order lifts it above the non-acute items the chair ordered.
/// </summary>
public sealed class AcuteAgenda(SchakelDb db)
{
    /// <returns>The meeting it is on, or null when the region has no meeting planned yet; the agenda of that meeting,
    /// once drawn up, takes the signal in as acute anyway.</returns>
    public async Task<TableMeeting?> PlaceAsync(Signal signal, DateTimeOffset now, CancellationToken ct)
    {
        var regionId = await db.Organisations.Where(o => o.Id == (signal.MunicipalityId ?? signal.MelderOrganisationId)).Select(o => (int?)o.RegionId).FirstOrDefaultAsync(ct);
        var meeting = await db.Set<TableMeeting>().Include(m => m.Table)
            .Where(m => m.StartsAt > now && db.Set<RegionalTable>().Any(t => t.Id == m.TableId && t.RegionId == regionId))
            .OrderBy(m => m.StartsAt).FirstOrDefaultAsync(ct);
        if (meeting is null)
        {
            return null;
        }
        var items = await db.Set<AgendaItem>().Where(i => i.MeetingId == meeting.Id).ToListAsync(ct);
        if (items.Any(i => i.SignalId == signal.Id || (signal.CaseId is { } c && i.CaseId == c)))
        {
            return meeting;
        }
        var monitored = await db.Set<AgendaItem>().AnyAsync(i => i.SignalId == signal.Id && i.Meeting!.TableId == meeting.TableId
            && i.DecidedAt != null && i.Outcome == TableOutcome.KeepMonitoring, ct);
        db.Set<AgendaItem>().Add(new AgendaItem
        {
            MeetingId = meeting.Id,
            SignalId = signal.CaseId is null ? signal.Id : null,
            CaseId = signal.CaseId,
            Section = signal.CaseId is not null ? AgendaSection.CaseInMonitoring : monitored ? AgendaSection.OngoingSignal : AgendaSection.NewSignal,
            Position = items.Count == 0 ? 1 : items.Max(i => i.Position) + 1,
        });
        return meeting;
    }
}
