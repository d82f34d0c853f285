using Microsoft.EntityFrameworkCore;
using Schakel.Testing;
using Schakel.Web.Features.Privacy;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Jobs;

namespace Schakel.IntegrationTests.Reliability;

/// <summary>Two app processes on one database, both running the retention scheduler: every due time runs once.</summary>
public sealed class ScheduledJobTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task With_two_instances_the_retention_job_runs_once_per_due_time()
    {
        // Due every two seconds from the start, so both instances wake at the same clock-aligned moments and compete.
        var settings = new Dictionary<string, string> { ["Retention__RunEvery"] = "00:00:02", ["Retention__FirstRunAfter"] = "00:00:00" };
        using var a = await AppProcess.StartAsync(_database.Provider, _database.ConnectionString, settings);
        using var b = await AppProcess.StartAsync(_database.Provider, _database.ConnectionString, settings);
        var bothRunningFrom = DateTimeOffset.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(13));
        var bothRunningUntil = DateTimeOffset.UtcNow;
        a.Kill();
        b.Kill();

        await using var db = Db();
        var runs = await db.Set<JobRun>().AsNoTracking().Where(r => r.Job == RetentionScheduler.Job).ToListAsync();
        var whileBoth = runs.Where(r => r.DueAt > bothRunningFrom && r.DueAt.AddSeconds(2) < bothRunningUntil).ToList();
        whileBoth.Count.ShouldBeGreaterThanOrEqualTo(4, "a due time every 2 seconds during 13 seconds");
        runs.GroupBy(r => r.DueAt).ShouldAllBe(g => g.Count() == 1, "no due time is run twice");
        whileBoth.ShouldAllBe(r => r.FinishedAt != null && r.Outcome!.StartsWith("persoonsgegevens verwijderd"));
        var dueTimes = whileBoth.Select(r => r.DueAt).Order().ToList();
        dueTimes.Zip(dueTimes.Skip(1), (x, y) => y - x).ShouldAllBe(gap => gap == TimeSpan.FromSeconds(2), "no due time is skipped either");
    }

    private SchakelDb Db() => _database.Open();

    public void Dispose() => _database.Dispose();
}
