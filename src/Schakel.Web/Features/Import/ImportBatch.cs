namespace Schakel.Web.Features.Import;

public enum ImportBatchStatus
{
    /// <summary>Created, waiting for the runner.</summary>
    Pending = 1,
    Running = 2,
    /// <summary>Every row read; refused rows are counted in <see cref="ImportBatch.RowsRefused"/>.</summary>
    Finished = 3,
    /// <summary>Stopped by an error or a cancel; the chunks committed before stay and can be rolled back.</summary>
    Failed = 4,
    RolledBack = 5,
}

/// <summary>
/// One import of one file: the unit the administrator rolls back (within <see cref="RollbackDays"/> days). Its counts
/// are written after every chunk, so a progress page reads them from here while the import runs elsewhere.
/// </summary>
public class ImportBatch
{
    public const int RollbackDays = 30;

    public int Id { get; set; }
    public int RegionId { get; set; }
    public int SourceId { get; set; }
    public ImportSource? Source { get; set; }
    public required string FileName { get; set; }
    public string? StartedByUserId { get; set; }
    public required string StartedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public ImportBatchStatus Status { get; set; } = ImportBatchStatus.Pending;
    /// <summary>Data rows in the file (known before the first chunk); 0 while unknown.</summary>
    public int RowsTotal { get; set; }
    public int RowsDone { get; set; }
    public int RowsRefused { get; set; }
    /// <summary>Signals added, changed and found unchanged.</summary>
    public int SignalsInserted { get; set; }
    public int SignalsUpdated { get; set; }
    public int SignalsUnchanged { get; set; }
    public int PersonsInserted { get; set; }
    /// <summary>Why the import stopped (Dutch, for the administrator), when <see cref="Status"/> is Failed.</summary>
    public string? Error { get; set; }
    /// <summary>The mapping used, as JSON, so the batch page shows what was applied even after the source's mapping changed.</summary>
    public string? MappingJson { get; set; }
    public DateTimeOffset? RolledBackAt { get; set; }
    public string? RolledBackBy { get; set; }
    public int Version { get; set; }

    public bool IsDone => Status is ImportBatchStatus.Finished or ImportBatchStatus.Failed or ImportBatchStatus.RolledBack;

    /// <summary>Whether a rollback may still be asked for at <paramref name="now"/>; the engine checks the rest.</summary>
    public bool CanRollBack(DateTimeOffset now) =>
        Status is ImportBatchStatus.Finished or ImportBatchStatus.Failed && (FinishedAt ?? CreatedAt).AddDays(RollbackDays) > now;
}

/// <summary>
/// The values an import's update replaced, one per updated signal, so a rollback of that import restores them exactly.
/// </summary>
public class ImportRowChange
{
    public long Id { get; set; }
    public int BatchId { get; set; }
    public int SignalId { get; set; }
    /// <summary>The batch the signal belonged to before this update.</summary>
    public int? PreviousBatchId { get; set; }
    /// <summary>The signal's imported values before the update, as JSON.</summary>
    public required string Before { get; set; }
}
