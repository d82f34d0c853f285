using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Schakel.Web.Features.Import;

/// <summary>
/// A file uploaded at <c>/beheer/import</c>, on its way through the mapping pages and the background run. It is kept in
/// the database rather than on one instance's disk, so the run survives the user closing the page and any instance can
/// take over a run whose instance died (<see cref="ClaimedUntil"/> is the lease). The bytes live in
/// <see cref="ImportUploadContent"/> and are deleted as soon as the run has finished.
/// </summary>
public class ImportUpload
{
    /// <summary>Larger files go through <c>schakel signals import</c>, which streams from disk.</summary>
    public const long MaxBytes = 30L * 1024 * 1024;

    /// <summary>An upload that never became an import is forgotten after this long.</summary>
    public static readonly TimeSpan KeepUnused = TimeSpan.FromDays(1);

    /// <summary>
    /// Files one user may have waiting (uploaded, not imported, not yet forgotten) at once: each holds up to
    /// <see cref="MaxBytes"/> of personal data in the database, and nothing else bounds how many a user leaves behind.
    /// </summary>
    public const int MaxWaitingPerUser = 5;

    public int Id { get; set; }
    public int RegionId { get; set; }
    public required string FileName { get; set; }
    public required string SourceName { get; set; }
    public long Size { get; set; }
    public string? UploadedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The mapping chosen so far on the column and code pages, as <see cref="ImportMapping"/> JSON.</summary>
    public string? MappingJson { get; set; }

    /// <summary>Set when the administrator pressed "Importeren": the batch the runner works on.</summary>
    public int? BatchId { get; set; }

    /// <summary>The instance running the import now; another instance leaves it alone until <see cref="ClaimedUntil"/>.</summary>
    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    /// <summary>How often a runner claimed the run (each start, also one whose instance died); after <see cref="ImportRunner.MaxAttempts"/> it is given up.</summary>
    public int Attempts { get; set; }

    /// <summary>The refused and warned rows of the run (<see cref="ImportRowResult"/> list as JSON), for the refused-rows page.</summary>
    public string? ProblemsJson { get; set; }

    public int Version { get; set; }

    public ImportMapping Mapping
    {
        get => ImportMapping.FromJson(MappingJson);
        set => MappingJson = value.ToJson();
    }
}

/// <summary>The bytes of an <see cref="ImportUpload"/>, apart so that reading or leasing the upload never loads them.</summary>
public class ImportUploadContent
{
    public int UploadId { get; set; }
    public required byte[] Bytes { get; set; }
}

public sealed class ImportUploadConfiguration : IEntityTypeConfiguration<ImportUpload>, IEntityTypeConfiguration<ImportUploadContent>
{
    private static readonly ValueConverter<DateTimeOffset, long> UtcTicks = new(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

    public void Configure(EntityTypeBuilder<ImportUpload> builder)
    {
        builder.ToTable("ImportUploads");
        builder.Property(x => x.FileName).HasMaxLength(260);
        builder.Property(x => x.SourceName).HasMaxLength(200);
        builder.Property(x => x.UploadedByUserId).HasMaxLength(450);
        builder.Property(x => x.ClaimedBy).HasMaxLength(200);
        // Times the runner compares are stored as UTC ticks, so SQLite compares them exactly as PostgreSQL does.
        builder.Property(x => x.CreatedAt).HasConversion(UtcTicks);
        builder.Property(x => x.ClaimedUntil).HasConversion(UtcTicks);
        builder.Ignore(x => x.Mapping);
        builder.HasIndex(x => x.BatchId);
    }

    public void Configure(EntityTypeBuilder<ImportUploadContent> builder)
    {
        builder.ToTable("ImportUploadContents");
        builder.HasKey(x => x.UploadId);
        builder.Property(x => x.UploadId).ValueGeneratedNever();
        builder.HasOne<ImportUpload>().WithOne().HasForeignKey<ImportUploadContent>(x => x.UploadId).OnDelete(DeleteBehavior.Cascade);
    }
}
