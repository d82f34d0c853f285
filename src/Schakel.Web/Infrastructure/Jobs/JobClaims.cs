using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Infrastructure.Jobs;

/// <summary>Claims and completes due slots of scheduled jobs in the shared database.</summary>
public static class JobClaims
{
    /// <summary>This process, as written into the job-run rows it claims.</summary>
    public static readonly string Instance = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>The claimed run, or null when another instance already claimed this due time.</summary>
    public static async Task<JobRun?> TryClaimAsync(SchakelDb db, string job, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var run = new JobRun { Job = job, DueAt = dueAt, Instance = Instance, StartedAt = now };
        db.Set<JobRun>().Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return run;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // The unique (Job, DueAt) key refused the row: another instance claimed this due time first.
            if (await db.Set<JobRun>().AnyAsync(r => r.Job == job && r.DueAt == dueAt, cancellationToken))
            {
                return null;
            }
            throw;
        }
    }

    public static async Task CompleteAsync(SchakelDb db, JobRun run, string outcome, DateTimeOffset now)
    {
        run.FinishedAt = now;
        run.Outcome = outcome.Length > 500 ? outcome[..500] : outcome;
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
