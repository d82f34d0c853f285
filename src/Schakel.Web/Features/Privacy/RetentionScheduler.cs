using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Jobs;

namespace Schakel.Web.Features.Privacy;

/// <summary>
/// Runs the retention job once per due time, however many app instances share the database: each instance wakes at
/// the same clock-aligned due times and tries to claim the slot with a job-run row; the unique key lets one win.
/// A lock held only while running would not do: an instance waking a moment after another finished would run again.
/// </summary>
public sealed class RetentionScheduler(IServiceScopeFactory scopes, RetentionOptions options, DatabaseState state, TimeProvider clock, ILogger<RetentionScheduler> logger) : BackgroundService
{
    public const string Job = "retention";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }
        await Task.Delay(options.FirstRunAfter, clock, stoppingToken);
        await JobSlots.RunEveryAsync(options.Interval, clock, slot => state.Ready ? RunSlotAsync(slot, stoppingToken) : Task.CompletedTask, stoppingToken);
    }

    private Task RunSlotAsync(DateTimeOffset dueAt, CancellationToken stoppingToken) =>
        ClaimedRun.RunAsync(scopes, Job, dueAt, clock, logger, async (services, ct) =>
        {
            var removed = await services.GetRequiredService<RetentionJob>().ApplyAsync(null, ct);
            return $"persoonsgegevens verwijderd uit {removed} gesloten melding(en)";
        }, stoppingToken);
}
