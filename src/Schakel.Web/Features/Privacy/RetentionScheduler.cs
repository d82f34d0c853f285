using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Privacy;

/// <summary>
/// Runs the retention job on a schedule. With several app instances on one PostgreSQL database a session advisory lock
/// lets exactly one of them run it; SQLite serves a single instance.
/// </summary>
public sealed class RetentionScheduler(IServiceScopeFactory scopes, RetentionOptions options, DatabaseState state, ILogger<RetentionScheduler> logger) : BackgroundService
{
    private const long JobLock = 727276;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }
        await Task.Delay(TimeSpan.FromMinutes(5), stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (state.Ready)
            {
                await RunOnceAsync(stoppingToken);
            }
            await Task.Delay(TimeSpan.FromHours(Math.Max(1, options.RunEveryHours)), stoppingToken);
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
            var isPostgres = db.Database.IsNpgsql();
            if (isPostgres)
            {
                await db.Database.OpenConnectionAsync(stoppingToken);
                var acquired = await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_lock({JobLock}) AS \"Value\"").SingleAsync(stoppingToken);
                if (!acquired)
                {
                    return;
                }
            }
            try
            {
                var removed = await scope.ServiceProvider.GetRequiredService<RetentionJob>().ApplyAsync(null, stoppingToken);
                logger.LogInformation("Retention run: personal data removed from {Count} closed signals.", removed);
            }
            finally
            {
                if (isPostgres)
                {
                    await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({JobLock})", CancellationToken.None);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("Retention run failed: {ErrorType}: {Message}", ex.GetType().Name, ex.Message);
        }
    }
}
