using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Import;

/// <summary>
/// The history import. The flow a page or the CLI follows:
/// <list type="number">
/// <item><see cref="PreviewAsync"/>: header, columns, samples and the starting mapping (stored for the source, else guessed).</item>
/// <item><see cref="DryRunAsync"/>: reads every row with the mapping and writes nothing; per signal what would happen and why
/// not, per source value what code it becomes (with a suggestion). Repeat after correcting the mapping.</item>
/// <item><see cref="CreateBatchAsync"/>: stores the mapping for the source and a Pending <see cref="ImportBatch"/>.</item>
/// <item><see cref="RunAsync"/>: imports in chunks of <see cref="ChunkSize"/> rows, each chunk one transaction, progress after each;
/// safe to run in a background service (it uses only its own scope's context). Counts are written on the batch per chunk.</item>
/// <item><see cref="RollbackAsync"/>: within 30 days, removes the batch's signals and restores what its updates changed.</item>
/// </list>
/// A row never half-applies: a signal with any refusing problem is not written at all.
/// </summary>
public sealed partial class ImportEngine(SchakelDb db, AuditLog audit, TimeProvider clock, ILogger<ImportEngine> logger)
{
    /// <summary>Rows per transaction.</summary>
    public const int ChunkSize = 2000;

    public Task<ImportPreview> PreviewAsync(ImportFile file, int regionId, string sourceName, int? headerRow, CancellationToken ct) =>
        throw new NotImplementedException();

    public Task<ImportReport> DryRunAsync(ImportRequest request, CancellationToken ct) => throw new NotImplementedException();

    public Task<ImportBatch> CreateBatchAsync(ImportRequest request, CancellationToken ct) => throw new NotImplementedException();

    /// <summary>Runs a Pending batch created by <see cref="CreateBatchAsync"/> with the same request; returns the report.</summary>
    public Task<ImportReport> RunAsync(int batchId, ImportRequest request, IProgress<ImportProgress>? progress, CancellationToken ct) =>
        throw new NotImplementedException();

    /// <summary>Refuses (RolledBack false, with a Dutch reason) after 30 days, twice, or when a later import or a user changed its signals since.</summary>
    public Task<ImportRollbackResult> RollbackAsync(int batchId, System.Security.Claims.ClaimsPrincipal? user, CancellationToken ct) =>
        throw new NotImplementedException();

    /// <summary>The Schakel codes a value of <paramref name="list"/> can be mapped to in the region, with Dutch labels.</summary>
    public Task<IReadOnlyList<ImportCodeOption>> OptionsAsync(ImportCodeList list, int regionId, CancellationToken ct) =>
        throw new NotImplementedException();

    public Task<ImportSource?> FindSourceAsync(int regionId, string sourceName, CancellationToken ct) =>
        throw new NotImplementedException();

    private SchakelDb Db => db;
    private AuditLog Audit => audit;
    private TimeProvider Clock => clock;
    private ILogger Logger => logger;
    private static Task Unused(DbContext context) => Task.CompletedTask;
}
