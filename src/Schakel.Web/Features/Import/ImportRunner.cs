using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Identity;
using Schakel.Web.Infrastructure.Jobs;

namespace Schakel.Web.Features.Import;

/// <summary>Wakes the runner right after "Importeren", so the import starts now rather than at the next look.</summary>
public sealed class ImportRunnerSignal : WakeSignal;

/// <summary>
/// Runs the imports the administrator started, in the background on every instance. A run is claimed with a lease on
/// its upload row (a conditional update only one instance wins, as the mail outbox claims its rows), and the lease is
/// renewed while the run lasts; when an instance dies its lease runs out and another instance runs the batch again.
/// The engine commits per chunk and recognises rows already imported, so a repeated run adds nothing twice.
/// </summary>
public sealed partial class ImportRunner(IServiceScopeFactory scopes, ImportRunnerSignal signal, DatabaseState state, TimeProvider clock, ILogger<ImportRunner> logger) : BackgroundService
{
    /// <summary>Renewed every quarter of itself while the run lasts; a run whose instance stopped renewing is taken over after it runs out.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>Claims of one run (each start, also one whose instance died) before the runner gives it up.</summary>
    public const int MaxAttempts = 5;

    private static readonly TimeSpan LookEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (state.Ready)
                {
                    while (await ClaimAsync(stoppingToken) is { } uploadId)
                    {
                        await RunAsync(uploadId, stoppingToken);
                    }
                    await ForgetAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Most often the database is down; the next look tries again.
                logger.LogError("Import runner pass failed: {ErrorType}: {Message}", ex.GetType().Name, ex.Message);
            }
            await signal.WaitAsync(LookEvery, stoppingToken);
        }
    }

    /// <summary>Claims one upload whose batch waits (or whose runner's lease ran out); null when there is none.</summary>
    private async Task<int?> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
        var now = clock.GetUtcNow();
        foreach (var id in await Claimable(db, now).OrderBy(u => u.Id).Select(u => u.Id).Take(10).ToListAsync(ct))
        {
            var until = now + Lease;
            var won = await Claimable(db, now).Where(u => u.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.ClaimedBy, JobClaims.Instance).SetProperty(u => u.ClaimedUntil, until).SetProperty(u => u.Attempts, u => u.Attempts + 1), ct);
            if (won == 1)
            {
                return id;
            }
        }
        return null;
    }

    private static IQueryable<ImportUpload> Claimable(SchakelDb db, DateTimeOffset now) => db.Set<ImportUpload>()
        .Where(u => u.BatchId != null && (u.ClaimedUntil == null || u.ClaimedUntil < now)
            && db.Set<ImportBatch>().Any(b => b.Id == u.BatchId && (b.Status == ImportBatchStatus.Pending || b.Status == ImportBatchStatus.Running)));

    private async Task RunAsync(int uploadId, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<SchakelDb>();
        var upload = await db.Set<ImportUpload>().AsNoTracking().SingleAsync(u => u.Id == uploadId, stoppingToken);
        var batch = await db.Set<ImportBatch>().AsNoTracking().Include(b => b.Source).SingleAsync(b => b.Id == upload.BatchId, stoppingToken);
        var file = await services.GetRequiredService<ImportUploads>().OpenAsync(upload, stoppingToken);
        if (file is null)
        {
            await GiveUpAsync(upload, batch, "Het bestand van deze import is niet meer aanwezig; upload het opnieuw.");
            return;
        }
        if (upload.Attempts > MaxAttempts)
        {
            // Counted at every claim, also by an instance that died during the run: a file that brings instances down stops here.
            await GiveUpAsync(upload, batch, $"De import is {MaxAttempts} keer begonnen zonder af te komen en daarom gestopt. Wat al was ingelezen, kunt u terugdraaien.");
            return;
        }
        if (batch.Status == ImportBatchStatus.Running)
        {
            // Its instance died: the chunks it committed stay and are recognised; the batch starts again from the top.
            logger.LogWarning("Import batch {BatchId} was left running by another instance; running it again.", batch.Id);
            await db.Set<ImportBatch>().Where(b => b.Id == batch.Id && b.Status == ImportBatchStatus.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ImportBatchStatus.Pending), stoppingToken);
        }
        var user = await PrincipalAsync(services, batch.StartedByUserId);
        var request = new ImportRequest(file, batch.RegionId, batch.Source!.Name, ImportMapping.FromJson(batch.MappingJson ?? upload.MappingJson), user);
        using var beat = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var heartbeat = HeartbeatAsync(upload.Id, beat.Token);
        try
        {
            logger.LogInformation("Import batch {BatchId} ({FileName}) started on {Instance}.", batch.Id, upload.FileName, JobClaims.Instance);
            // The engine writes the counts onto the batch row after every chunk; the progress page reads them there.
            var report = await services.GetRequiredService<ImportEngine>().RunAsync(batch.Id, request, null, stoppingToken);
            await StopAsync(beat, heartbeat);
            if (stoppingToken.IsCancellationRequested && await HandOverAsync(upload.Id, batch.Id))
            {
                return;
            }
            await FinishAsync(upload.Id, batch.Id, report);
            logger.LogInformation("Import batch {BatchId} finished: {Inserted} added, {Updated} updated, {Refused} refused in {Elapsed}.",
                batch.Id, report.SignalsInserted, report.SignalsUpdated, report.SignalsRefused, report.Elapsed);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await StopAsync(beat, heartbeat);
            // This instance stops: hand the run over at once instead of after the lease.
            await ReleaseAsync(upload.Id, null);
            throw;
        }
        catch (Exception ex)
        {
            await StopAsync(beat, heartbeat);
            logger.LogError("Import batch {BatchId} stopped: {ErrorType}: {Message}", batch.Id, ex.GetType().Name, ex.Message);
            await ReleaseAsync(upload.Id, clock.GetUtcNow() + RetryAfter);
        }
    }

    /// <summary>The user who started the import, as the engine and the audit log need them; null when the account is gone.</summary>
    private static async Task<System.Security.Claims.ClaimsPrincipal?> PrincipalAsync(IServiceProvider services, string? userId)
    {
        if (userId is null || await services.GetRequiredService<UserManager<SchakelUser>>().FindByIdAsync(userId) is not { } user)
        {
            return null;
        }
        return await services.GetRequiredService<IUserClaimsPrincipalFactory<SchakelUser>>().CreateAsync(user);
    }

    private static async Task StopAsync(CancellationTokenSource beat, Task heartbeat)
    {
        await beat.CancelAsync();
        await heartbeat;
    }
}
