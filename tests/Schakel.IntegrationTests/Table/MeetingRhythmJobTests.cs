using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Testing;
using Schakel.Web.Features.Table;
using Schakel.Web.Infrastructure.Jobs;

namespace Schakel.IntegrationTests.Table;

public sealed class RhythmJobFactory : SchakelFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Table:Rhythm:FirstRunAfter", "00:00:00"), new("Table:Rhythm:Interval", "00:00:01")];
}

/// <summary>The scheduled rhythm job itself: it runs through a claimed slot and plans the meeting a table is missing.</summary>
public sealed class MeetingRhythmJobTests(RhythmJobFactory factory) : IClassFixture<RhythmJobFactory>
{
    [Fact]
    public async Task The_scheduler_plans_the_next_meeting_of_a_table_whose_meeting_was_held()
    {
        var held = factory.Now.AddDays(-3);
        var tableId = await factory.WithAsync(async db =>
        {
            var regionId = await db.Set<RegionalTable>().Select(t => t.RegionId).FirstAsync();
            var table = new RegionalTable { Name = "Ritme " + Guid.NewGuid().ToString("N")[..6], RegionId = regionId, MeetingIntervalDays = 7 };
            db.Set<RegionalTable>().Add(table);
            await db.SaveChangesAsync();
            db.Set<TableMeeting>().Add(new TableMeeting { TableId = table.Id, StartsAt = held });
            await db.SaveChangesAsync();
            return table.Id;
        });
        var planned = 0;
        for (var tries = 0; tries < 60 && planned < 2; tries++)
        {
            await Task.Delay(500);
            planned = await factory.WithAsync(db => db.Set<TableMeeting>().CountAsync(m => m.TableId == tableId));
        }
        planned.ShouldBe(2);
        var next = await factory.WithAsync(db => db.Set<TableMeeting>().Where(m => m.TableId == tableId).OrderBy(m => m.StartsAt).Select(m => m.StartsAt).ToListAsync());
        (next[1] - held).Duration().ShouldBeLessThanOrEqualTo(TimeSpan.FromDays(7) + TimeSpan.FromHours(1));
        (await factory.WithAsync(db => db.Set<JobRun>().AnyAsync(r => r.Job == MeetingRhythmScheduler.Job && r.Outcome != null && r.Outcome.Contains("volgens het ritme")))).ShouldBeTrue();
    }
}
