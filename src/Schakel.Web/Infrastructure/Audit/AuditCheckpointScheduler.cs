using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Jobs;

namespace Schakel.Web.Infrastructure.Audit;

/// <summary>
/// Publishes a signed checkpoint of the audit chain at every due time, once across app instances (the job-run slot
/// decides which instance writes). Right after start the chain is carried over to the key if needed, and a first
/// checkpoint is written, so a chain is never long without one.
/// </summary>
public sealed class AuditCheckpointScheduler(IServiceScopeFactory scopes, AuditLog audit, AuditChainSettings settings, DatabaseState state, TimeProvider clock, ILogger<AuditCheckpointScheduler> logger) : BackgroundService
{
    public const string Job = "audit-checkpoint";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!state.Ready)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken);
        }
        await JobSlots.RunEveryAsync(settings.CheckpointInterval, clock, slot => RunSlotAsync(slot, stoppingToken), stoppingToken);
    }

    private async Task RunSlotAsync(DateTimeOffset dueAt, CancellationToken stoppingToken)
    {
        try
        {
            await audit.EnsureKeyedAsync();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
            var run = await JobClaims.TryClaimAsync(db, Job, dueAt, clock.GetUtcNow(), stoppingToken);
            if (run is null)
            {
                return;
            }
            var checkpoint = await audit.WriteCheckpointAsync(stoppingToken);
            await JobClaims.CompleteAsync(db, run, checkpoint is null ? "geen controlepunt geschreven" : $"controlepunt bij regel {checkpoint.Sequence}", clock.GetUtcNow());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("Audit checkpoint for {DueAt:o} failed: {ErrorType}: {Message}", dueAt, ex.GetType().Name, ex.Message);
        }
    }
}
