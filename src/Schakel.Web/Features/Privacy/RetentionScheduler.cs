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

    private async Task RunSlotAsync(DateTimeOffset dueAt, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
            var run = await JobClaims.TryClaimAsync(db, Job, dueAt, clock.GetUtcNow(), stoppingToken);
            if (run is null)
            {
                return;
            }
            var removed = await scope.ServiceProvider.GetRequiredService<RetentionJob>().ApplyAsync(null, stoppingToken);
            await JobClaims.CompleteAsync(db, run, $"persoonsgegevens verwijderd uit {removed} gesloten melding(en)", clock.GetUtcNow());
            logger.LogInformation("Retention run for {DueAt:o}: personal data removed from {Count} closed signals.", dueAt, removed);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A claimed slot whose run failed stays without FinishedAt; the next due time runs the job again.
            logger.LogError("Retention run for {DueAt:o} failed: {ErrorType}: {Message}", dueAt, ex.GetType().Name, ex.Message);
        }
    }
}
