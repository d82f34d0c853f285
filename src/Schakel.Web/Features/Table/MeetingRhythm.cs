using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Table;

/// <summary>
/// A table meets at its rhythm (<see cref="RegionalTable.MeetingIntervalDays"/>): after a meeting comes the next one,
/// the interval later at the same Dutch time of day, whatever summer time did in between. A table without any
/// meeting waits for its chair to plan the first one, since only the chair knows the day and hour.
/// </summary>
public sealed class MeetingRhythm(SchakelDb db, TimeProvider clock)
{
    /// <summary>
    /// For the scheduled job: every table whose latest meeting has begun gets the next one, so each table keeps one
    /// meeting ahead. Returns how many meetings were planned.
    /// </summary>
    public async Task<int> KeepOneAheadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var planned = 0;
        foreach (var table in await db.Set<RegionalTable>().AsNoTracking().ToListAsync(ct))
        {
            var latest = await db.Set<TableMeeting>().Where(m => m.TableId == table.Id).OrderByDescending(m => m.StartsAt).FirstOrDefaultAsync(ct);
            if (latest is not null && latest.StartsAt <= now && await PlanAfterAsync(latest, table, ct) is not null)
            {
                planned++;
            }
        }
        return planned;
    }

    /// <summary>
    /// The meeting after <paramref name="meeting"/> at the rhythm, planned now unless the table already has a later
    /// meeting (then null). Called when the chair prepares a meeting, so the series is always one ahead.
    /// </summary>
    public async Task<TableMeeting?> PlanAfterAsync(TableMeeting meeting, RegionalTable table, CancellationToken ct)
    {
        if (await db.Set<TableMeeting>().AnyAsync(m => m.TableId == meeting.TableId && m.StartsAt > meeting.StartsAt, ct))
        {
            return null;
        }
        var next = new TableMeeting { TableId = meeting.TableId, StartsAt = NextAt(meeting.StartsAt, table.MeetingIntervalDays, clock.GetUtcNow()) };
        db.Set<TableMeeting>().Add(next);
        await db.SaveChangesAsync(ct);
        return next;
    }

    /// <summary>
    /// The first date at the rhythm after <paramref name="last"/> that is still to come: a table that skipped meetings
    /// is not given meetings in the past. Counted in Dutch local time, so 10:00 stays 10:00 across summer time.
    /// </summary>
    public static DateTimeOffset NextAt(DateTimeOffset last, int intervalDays, DateTimeOffset now)
    {
        var interval = Math.Max(1, intervalDays);
        var local = DutchTime.ToLocal(last);
        var steps = 1;
        var next = Shift(local, interval);
        while (next <= now)
        {
            steps++;
            next = Shift(local, interval * steps);
        }
        return next;
    }

    /// <summary>The table's meetings after <paramref name="meeting"/>: the rest of the series when it is moved.</summary>
    public Task<List<TableMeeting>> LaterAsync(TableMeeting meeting, CancellationToken ct) =>
        db.Set<TableMeeting>().Where(m => m.TableId == meeting.TableId && m.StartsAt > meeting.StartsAt && m.Id != meeting.Id).OrderBy(m => m.StartsAt).ToListAsync(ct);

    /// <summary><paramref name="local"/> moved by whole days in Dutch local time, stored as UTC.</summary>
    public static DateTimeOffset Shift(DateTime local, int days) => Shift(local, TimeSpan.FromDays(days));

    /// <summary><paramref name="local"/> moved by <paramref name="shift"/> on the Dutch wall clock, stored as UTC.</summary>
    public static DateTimeOffset Shift(DateTime local, TimeSpan shift)
    {
        var moved = local + shift;
        // A time that does not exist on the day summer time starts (02:00-03:00) moves to the hour after.
        try
        {
            return DutchTime.ToUtc(moved);
        }
        catch (ArgumentException)
        {
            return DutchTime.ToUtc(moved.AddHours(1));
        }
    }
}
