using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Jobs;

namespace Schakel.Web.Infrastructure.Audit;

/// <summary>
/// Checks the whole audit chain and publishes a signed checkpoint of it at every due time, once across app instances
/// (the job-run slot decides which instance writes). Right after start the chain is carried over to the key if needed,
/// and a first checkpoint is written, so a chain is never long without one. The result of the check is kept on the job
/// run (<see cref="AuditCheck"/>) for the privacy officer's start page.
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

    /// <summary>The check of one due time; does nothing when another instance already claimed it.</summary>
    public async Task RunSlotAsync(DateTimeOffset dueAt, CancellationToken stoppingToken)
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
            // The whole chain, not only the part since the last checkpoint: a rewrite of an older entry must show too.
            // Reading all of it is the costly part, so it is done once per full-check interval, not at every checkpoint.
            var last = await AuditCheck.LastAsync(db, stoppingToken);
            var check = last is not null && last.At > clock.GetUtcNow() - settings.FullCheckInterval ? null : await audit.VerifyAsync(db, stoppingToken);
            if (check is { Intact: false })
            {
                logger.LogCritical("The audit chain breaks at entry {Sequence}: {Reason}", check.BrokenAtSequence, check.Reason);
            }
            // Checkpoints go on even then: the writer verifies what is new since the last one, and stopping would let
            // entries added after an old rewrite be cut from the end unseen.
            var checkpoint = await audit.WriteCheckpointAsync(stoppingToken);
            var outcome = check is null
                ? checkpoint is null ? "geen controlepunt geschreven" : $"controlepunt bij regel {checkpoint.Sequence}"
                : AuditCheck.Outcome(check, checkpoint);
            await JobClaims.CompleteAsync(db, run, outcome, clock.GetUtcNow());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("Audit checkpoint for {DueAt:o} failed: {ErrorType}: {Message}", dueAt, ex.GetType().Name, ex.Message);
        }
    }
}
