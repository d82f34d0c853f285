using System.Globalization;
using System.Security.Claims;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Import;

/// <summary>
/// The uploads the import pages work on, always within the region of the signed-in administrator or chain director:
/// an upload or batch of another region is answered as one that does not exist, and the attempt is audited as refused.
/// </summary>
public sealed class ImportUploads(SchakelDb db, AuditLog audit, TimeProvider clock)
{
    /// <summary>The region of the user's organisation; imports belong to a region.</summary>
    public async Task<int?> RegionOfAsync(ClaimsPrincipal user, CancellationToken ct) =>
        user.OrganisationId() is { } org
            ? await db.Organisations.Where(o => o.Id == org).Select(o => (int?)o.RegionId).FirstOrDefaultAsync(ct)
            : null;

    /// <summary>The record id of an upload in the audit log; a batch is logged under its own number.</summary>
    public static string AuditId(int uploadId) => $"bestand-{uploadId.ToString(CultureInfo.InvariantCulture)}";

    public async Task<ImportUpload> StoreAsync(int regionId, string fileName, string sourceName, byte[] bytes, ClaimsPrincipal user, CancellationToken ct)
    {
        var upload = new ImportUpload
        {
            RegionId = regionId, FileName = Path.GetFileName(fileName), SourceName = sourceName, Size = bytes.LongLength,
            UploadedByUserId = user.UserId(), CreatedAt = clock.GetUtcNow(),
        };
        db.Add(upload);
        await db.SaveChangesAsync(ct);
        db.Add(new ImportUploadContent { UploadId = upload.Id, Bytes = bytes });
        await db.SaveChangesAsync(ct);
        return upload;
    }

    /// <summary>How many uploads of the user wait for an import and have not been forgotten yet.</summary>
    public Task<int> WaitingOfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.UserId();
        var since = clock.GetUtcNow() - ImportUpload.KeepUnused;
        return db.Set<ImportUpload>().CountAsync(u => u.UploadedByUserId == userId && u.BatchId == null && u.CreatedAt >= since, ct);
    }

    /// <summary>The upload, tracked, when it belongs to <paramref name="regionId"/>.</summary>
    public Task<ImportUpload?> FindAsync(int id, int regionId, CancellationToken ct) =>
        db.Set<ImportUpload>().FirstOrDefaultAsync(u => u.Id == id && u.RegionId == regionId, ct);

    /// <summary>The upload's file, or null once its bytes were deleted after the run.</summary>
    public async Task<ImportFile?> OpenAsync(ImportUpload upload, CancellationToken ct)
    {
        var bytes = await db.Set<ImportUploadContent>().Where(c => c.UploadId == upload.Id).Select(c => c.Bytes).FirstOrDefaultAsync(ct);
        return bytes is null ? null : ImportFile.FromBytes(upload.FileName, bytes);
    }

    /// <summary>
    /// The upload a mapping page works on, with its file, when it belongs to the user's region; null answers 404. An upload
    /// that already became an import has <see cref="ImportUpload.BatchId"/> set and no file to map any more.
    /// </summary>
    public async Task<(ImportUpload Upload, ImportFile? File)?> WorkOnAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await RegionOfAsync(user, ct) is not { } region)
        {
            return null;
        }
        if (await FindAsync(id, region, ct) is not { } upload)
        {
            await RefusedAsync(user, db.Set<ImportUpload>().Where(u => u.Id == id).Select(u => (int?)u.RegionId), AuditId(id), ct);
            return null;
        }
        return (upload, upload.BatchId is null ? await OpenAsync(upload, ct) : null);
    }

    public static ImportRequest Request(ImportUpload upload, ImportFile file, ClaimsPrincipal? user, ImportMapping? mapping = null) =>
        new(file, upload.RegionId, upload.SourceName, mapping ?? upload.Mapping, user);

    /// <summary>The batch, when it belongs to the user's region; null answers 404.</summary>
    public async Task<ImportBatch?> BatchAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await RegionOfAsync(user, ct) is not { } region)
        {
            return null;
        }
        var batch = await db.Set<ImportBatch>().AsNoTracking().Include(b => b.Source).FirstOrDefaultAsync(b => b.Id == id && b.RegionId == region, ct);
        if (batch is null)
        {
            await RefusedAsync(user, db.Set<ImportBatch>().Where(b => b.Id == id).Select(b => (int?)b.RegionId), id.ToString(CultureInfo.InvariantCulture), ct);
        }
        return batch;
    }

    /// <summary>An id of another region asked for: answered as missing, but logged, so probing shows in the audit log.</summary>
    private async Task RefusedAsync(ClaimsPrincipal user, IQueryable<int?> regionOfRecord, string recordId, CancellationToken ct)
    {
        if (await regionOfRecord.FirstOrDefaultAsync(ct) is not null)
        {
            await audit.RecordAsync(user, AuditAction.Denied, AuditRecordType.SignalImport, recordId, details: "import van een andere regio", cancellationToken: ct);
        }
    }

    /// <summary>The upload a batch was run from (none for an import from the command line).</summary>
    public Task<ImportUpload?> OfBatchAsync(int batchId, CancellationToken ct) =>
        db.Set<ImportUpload>().AsNoTracking().FirstOrDefaultAsync(u => u.BatchId == batchId, ct);
}
