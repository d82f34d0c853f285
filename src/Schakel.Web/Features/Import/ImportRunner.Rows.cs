using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Jobs;

namespace Schakel.Web.Features.Import;

/// <summary>What the runner writes while and after it runs: progress, the lease, the outcome and the clean-up.</summary>
public sealed partial class ImportRunner
{
    internal static readonly JsonSerializerOptions ProblemJson = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>
    /// Every <see cref="Heartbeat"/>: the last progress onto the batch row (only forward, so a late write never shows
    /// fewer rows than before) and, now and then, a longer lease. Its own scope: the engine's context is busy.
    /// </summary>
    private async Task HeartbeatAsync(int uploadId, int batchId, LatestProgress progress, CancellationToken ct)
    {
        ImportProgress? written = null;
        var renewedAt = clock.GetUtcNow();
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Heartbeat, clock, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
                if (progress.Latest is { } p && p != written)
                {
                    await db.Set<ImportBatch>().Where(b => b.Id == batchId && b.RowsDone <= p.RowsDone).ExecuteUpdateAsync(s =>
                    {
                        s.SetProperty(b => b.RowsDone, p.RowsDone).SetProperty(b => b.RowsRefused, p.RowsRefused);
                        if (p.RowsTotal > 0)
                        {
                            s.SetProperty(b => b.RowsTotal, p.RowsTotal);
                        }
                    }, CancellationToken.None);
                    written = p;
                }
                var now = clock.GetUtcNow();
                if (now - renewedAt >= Lease / 4)
                {
                    var until = now + Lease;
                    var renewed = await db.Set<ImportUpload>().Where(u => u.Id == uploadId && u.ClaimedBy == JobClaims.Instance)
                        .ExecuteUpdateAsync(s => s.SetProperty(u => u.ClaimedUntil, until), CancellationToken.None);
                    renewedAt = now;
                    if (renewed == 0)
                    {
                        logger.LogWarning("Import upload {UploadId}: the lease was taken over by another instance.", uploadId);
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Import batch {BatchId}: progress not written: {ErrorType}: {Message}", batchId, ex.GetType().Name, ex.Message);
            }
        }
    }

    /// <summary>Keeps the rows with problems for the refused-rows page, deletes the file and lets go of the run.</summary>
    private async Task FinishAsync(int uploadId, int batchId, ImportReport report)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
        var problems = JsonSerializer.Serialize(report.Rows, ProblemJson);
        await db.Set<ImportUpload>().Where(u => u.Id == uploadId).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.ProblemsJson, problems).SetProperty(u => u.ClaimedBy, (string?)null).SetProperty(u => u.ClaimedUntil, (DateTimeOffset?)null),
            CancellationToken.None);
        await db.Set<ImportUploadContent>().Where(c => c.UploadId == uploadId).ExecuteDeleteAsync(CancellationToken.None);
        logger.LogDebug("Import batch {BatchId}: file of upload {UploadId} deleted.", batchId, uploadId);
    }

    /// <summary>Lets go of the run; <paramref name="notBefore"/> keeps every instance off it until then.</summary>
    private async Task ReleaseAsync(int uploadId, DateTimeOffset? notBefore, bool countAttempt)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
        var added = countAttempt ? 1 : 0;
        await db.Set<ImportUpload>().Where(u => u.Id == uploadId).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.ClaimedBy, (string?)null).SetProperty(u => u.ClaimedUntil, notBefore).SetProperty(u => u.Attempts, u => u.Attempts + added),
            CancellationToken.None);
    }

    /// <summary>Marks the batch failed with a Dutch reason (unless the engine already ended it) and deletes the file.</summary>
    private async Task GiveUpAsync(ImportUpload upload, int batchId, string reason)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
        var now = clock.GetUtcNow();
        await db.Set<ImportBatch>().Where(b => b.Id == batchId && (b.Status == ImportBatchStatus.Pending || b.Status == ImportBatchStatus.Running))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ImportBatchStatus.Failed).SetProperty(b => b.Error, reason).SetProperty(b => b.FinishedAt, now),
                CancellationToken.None);
        await db.Set<ImportUpload>().Where(u => u.Id == upload.Id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.ClaimedBy, (string?)null).SetProperty(u => u.ClaimedUntil, (DateTimeOffset?)null).SetProperty(u => u.Attempts, u => u.Attempts + 1),
            CancellationToken.None);
        await db.Set<ImportUploadContent>().Where(c => c.UploadId == upload.Id).ExecuteDeleteAsync(CancellationToken.None);
        logger.LogError("Import batch {BatchId} given up: {Reason}", batchId, reason);
    }

    /// <summary>
    /// Uploads that never became an import are forgotten after a day, and a file whose batch ended without the runner
    /// (an instance that died between the end and the clean-up) is deleted.
    /// </summary>
    private async Task ForgetAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
        var before = clock.GetUtcNow() - ImportUpload.KeepUnused;
        await db.Set<ImportUpload>().Where(u => u.BatchId == null && u.CreatedAt < before).ExecuteDeleteAsync(ct);
        await db.Set<ImportUploadContent>()
            .Where(c => db.Set<ImportUpload>().Any(u => u.Id == c.UploadId && u.BatchId != null
                && db.Set<ImportBatch>().Any(b => b.Id == u.BatchId && b.Status != ImportBatchStatus.Pending && b.Status != ImportBatchStatus.Running)))
            .ExecuteDeleteAsync(ct);
    }

    /// <summary>The rows with problems the runner kept for <paramref name="upload"/>.</summary>
    public static IReadOnlyList<ImportRowResult> Problems(ImportUpload upload) =>
        string.IsNullOrEmpty(upload.ProblemsJson) ? [] : JsonSerializer.Deserialize<List<ImportRowResult>>(upload.ProblemsJson, ProblemJson) ?? [];
}
