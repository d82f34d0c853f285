using Microsoft.EntityFrameworkCore;
using Schakel.Testing;
using Schakel.Web.Features.Linking.Models;
using Schakel.Web.Infrastructure.Jobs;

namespace Schakel.IntegrationTests.Linking;

/// <summary>The app learns the region models by itself, on the configured schedule, as a claimed job run.</summary>
public sealed class LinkModelScheduleTests(LinkModelScheduleTests.Factory factory) : IClassFixture<LinkModelScheduleTests.Factory>
{
    public sealed class Factory : SchakelFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("Linking:ModelInterval", "00:00:02"), new("Linking:ModelFirstRunAfter", "00:00:00")];
    }

    [Fact]
    public async Task The_scheduled_job_stores_the_regions_first_model_version()
    {
        _ = factory.Server;
        JobRun? run = null;
        for (var i = 0; i < 60 && run is null; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            run = await factory.WithAsync(db => db.Set<JobRun>().AsNoTracking().Where(r => r.Job == ModelScheduler.Job && r.FinishedAt != null).OrderBy(r => r.DueAt).FirstOrDefaultAsync());
        }
        run.ShouldNotBeNull("the model job ran within 30 seconds");
        run.Outcome.ShouldNotBeNull().ShouldContain("nieuwe modelversie(s)");
        var versions = await factory.WithAsync(db => db.Set<LinkModelVersion>().AsNoTracking().ToListAsync());
        var first = versions.ShouldHaveSingleItem();
        first.Number.ShouldBe(1);
        first.EstimatedBy.ShouldBeNull();
        (await factory.WithAsync(db => db.AuditEntries.CountAsync(e => e.RecordType == "LinkModel" && e.UserId == null))).ShouldBeGreaterThanOrEqualTo(1);
    }
}
