using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Schakel.Web.Infrastructure.Data;

/// <summary>Tells the rest of the app whether the database has been migrated and can serve requests.</summary>
public sealed class DatabaseState
{
    private volatile bool _ready;
    public bool Ready => _ready;
    public string? LastError { get; private set; }

    internal void MarkReady() { _ready = true; LastError = null; }
    internal void MarkFailed(string error) => LastError = error;
}

/// <summary>
/// Migrates and seeds the database. When the database cannot be reached at start the app keeps running, answers with
/// a clear "temporarily unavailable" page and retries in the background, instead of crashing and being restarted in a loop.
/// </summary>
public sealed class DatabaseStartup(IServiceProvider services, DatabaseState state, ILogger<DatabaseStartup> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(10);

    /// <summary>First attempt, run before the server starts listening so a healthy start is ready at once.</summary>
    public async Task<bool> TryInitialiseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
            await MigrateAsync(db, cancellationToken);
            foreach (var seeder in scope.ServiceProvider.GetServices<IStartupSeeder>())
            {
                await seeder.SeedAsync(cancellationToken);
            }
            state.MarkReady();
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            state.MarkFailed(ex.Message);
            logger.LogError("Database not available at start ({ErrorType}: {Message}). Schakel keeps running and retries every {Seconds} s; /health/ready reports unhealthy until then.",
                ex.GetType().Name, ex.Message, RetryDelay.TotalSeconds);
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!state.Ready && !stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(RetryDelay, stoppingToken);
            if (await TryInitialiseAsync(stoppingToken))
            {
                logger.LogInformation("Database reachable again; Schakel is ready.");
            }
        }
    }

    private static async Task MigrateAsync(SchakelDb db, CancellationToken cancellationToken)
    {
        // Several app instances may start at once on PostgreSQL; the advisory lock lets one migrate while the others wait.
        if (db.Database.IsNpgsql())
        {
            var creator = db.GetService<IRelationalDatabaseCreator>();
            if (!await creator.ExistsAsync(cancellationToken))
            {
                try
                {
                    await creator.CreateAsync(cancellationToken);
                }
                catch (Npgsql.PostgresException ex) when (ex.SqlState == "42P04")
                {
                    // Another instance created it first.
                }
            }
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(727274)", cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(727274)", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }
        else
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}

/// <summary>Fills reference data or demo data after migration. Each seeder must be idempotent.</summary>
public interface IStartupSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
