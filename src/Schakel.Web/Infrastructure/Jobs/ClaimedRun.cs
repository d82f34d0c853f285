using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Infrastructure.Jobs;

/// <summary>
/// One due time of a scheduled job, run by exactly one app instance: the instance that claims the slot (a job-run row
/// with a unique key) runs the work in its own scope and records the outcome. A run that fails keeps its slot without
/// an end time; the next due time runs the job again.
/// </summary>
public static class ClaimedRun
{
    /// <summary>Claims <paramref name="dueAt"/> for <paramref name="job"/>; when this instance wins, runs <paramref name="work"/>
    /// (which returns the outcome in Dutch, as shown to the administrator) and records it.</summary>
    public static async Task RunAsync(IServiceScopeFactory scopes, string job, DateTimeOffset dueAt, TimeProvider clock, ILogger logger,
        Func<IServiceProvider, CancellationToken, Task<string>> work, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
            var run = await JobClaims.TryClaimAsync(db, job, dueAt, clock.GetUtcNow(), stoppingToken);
            if (run is null)
            {
                return;
            }
            var outcome = await work(scope.ServiceProvider, stoppingToken);
            // The work may have cleared the context it shares with the claim.
            db.ChangeTracker.Clear();
            db.Attach(run);
            await JobClaims.CompleteAsync(db, run, outcome, clock.GetUtcNow());
            logger.LogInformation("Job {Job} for {DueAt:o}: {Outcome}", job, dueAt, outcome);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("Job {Job} for {DueAt:o} failed: {ErrorType}: {Message}", job, dueAt, ex.GetType().Name, ex.Message);
        }
    }
}
