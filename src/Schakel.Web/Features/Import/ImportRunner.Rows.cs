using System.Globalization;
using System.Text.Json;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Jobs;

namespace Schakel.Web.Features.Import;

/// <summary>What the runner writes while and after it runs: progress, the lease, the outcome and the clean-up.</summary>
public sealed partial class ImportRunner
{
    internal static readonly JsonSerializerOptions ProblemJson = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>Renews the lease every quarter of it, in its own scope (the engine's context is busy), until stopped.</summary>
    private async Task HeartbeatAsync(int uploadId, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Lease / 4, clock, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
                var until = clock.GetUtcNow() + Lease;
                var renewed = await db.Set<ImportUpload>().Where(u => u.Id == uploadId && u.ClaimedBy == JobClaims.Instance)
                    .ExecuteUpdateAsync(s => s.SetProperty(u => u.ClaimedUntil, until), CancellationToken.None);
                if (renewed == 0)
                {
                    logger.LogWarning("Import upload {UploadId}: the lease was taken over by another instance.", uploadId);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Import upload {UploadId}: lease not renewed: {ErrorType}: {Message}", uploadId, ex.GetType().Name, ex.Message);
            }
        }
    }

    /// <summary>
    /// When this instance stops mid-run the engine ends the batch as broken off; it is put back to waiting instead, with
    /// its file, so the next instance runs it again and what was committed is recognised. False when it had finished.
    /// </summary>
    private async Task<bool> HandOverAsync(int uploadId, int batchId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
        var waiting = await db.Set<ImportBatch>().Where(b => b.Id == batchId && b.Status == ImportBatchStatus.Failed).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.Status, ImportBatchStatus.Pending).SetProperty(b => b.Error, (string?)null).SetProperty(b => b.FinishedAt, (DateTimeOffset?)null),
            CancellationToken.None);
        if (waiting == 0)
        {
            return false;
        }
        await ReleaseAsync(uploadId, null);
        logger.LogInformation("Import batch {BatchId} handed over: this instance is stopping.", batchId);
        return true;
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
    private async Task ReleaseAsync(int uploadId, DateTimeOffset? notBefore)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
        await db.Set<ImportUpload>().Where(u => u.Id == uploadId).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.ClaimedBy, (string?)null).SetProperty(u => u.ClaimedUntil, notBefore), CancellationToken.None);
    }

    /// <summary>Marks the batch failed with a Dutch reason (unless the engine already ended it) and deletes the file.</summary>
    private async Task GiveUpAsync(ImportUpload upload, ImportBatch batch, string reason)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
        var now = clock.GetUtcNow();
        var batchId = batch.Id;
        var stopped = await db.Set<ImportBatch>().Where(b => b.Id == batchId && (b.Status == ImportBatchStatus.Pending || b.Status == ImportBatchStatus.Running))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ImportBatchStatus.Failed).SetProperty(b => b.Error, reason).SetProperty(b => b.FinishedAt, now),
                CancellationToken.None);
        await db.Set<ImportUpload>().Where(u => u.Id == upload.Id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.ClaimedBy, (string?)null).SetProperty(u => u.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
        await db.Set<ImportUploadContent>().Where(c => c.UploadId == upload.Id).ExecuteDeleteAsync(CancellationToken.None);
        logger.LogError("Import batch {BatchId} given up: {Reason}", batchId, reason);
        if (stopped > 0)
        {
            // The end of an import is in the audit chain however it ends; here no user ended it, the runner did.
            await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordAsync(null, AuditAction.Update, AuditRecordType.SignalImport,
                batchId.ToString(CultureInfo.InvariantCulture), details: ImportPageText.AuditDetails(batch.SourceId, ImportBatchStatus.Failed, reason),
                cancellationToken: CancellationToken.None);
        }
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
