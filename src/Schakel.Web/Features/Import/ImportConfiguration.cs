using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Organisations;
using Schakel.Core.Signals;

namespace Schakel.Web.Features.Import;

internal sealed class ImportSourceConfiguration : IEntityTypeConfiguration<ImportSource>
{
    public void Configure(EntityTypeBuilder<ImportSource> s)
    {
        s.ToTable("ImportSources");
        s.Property(x => x.Name).HasMaxLength(200);
        s.HasIndex(x => new { x.RegionId, x.Name }).IsUnique();
        s.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
        s.Ignore(x => x.Mapping);
    }
}

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> b)
    {
        b.ToTable("ImportBatches");
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.StartedBy).HasMaxLength(200);
        b.Property(x => x.StartedByUserId).HasMaxLength(450);
        b.Property(x => x.RolledBackBy).HasMaxLength(200);
        b.Property(x => x.Error).HasMaxLength(2000);
        b.HasIndex(x => new { x.RegionId, x.CreatedAt });
        b.HasOne(x => x.Source).WithMany().HasForeignKey(x => x.SourceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.IsDone);
    }
}

internal sealed class ImportRowChangeConfiguration : IEntityTypeConfiguration<ImportRowChange>
{
    public void Configure(EntityTypeBuilder<ImportRowChange> c)
    {
        c.ToTable("ImportRowChanges");
        c.HasIndex(x => x.BatchId);
        c.HasIndex(x => x.SignalId);
        c.HasOne<ImportBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Cascade);
        c.HasOne<Signal>().WithMany().HasForeignKey(x => x.SignalId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The import's columns of a signal; the rest of the signal is configured in SchakelDb.</summary>
internal sealed class SignalImportConfiguration : IEntityTypeConfiguration<Signal>
{
    public void Configure(EntityTypeBuilder<Signal> s)
    {
        s.Property(x => x.ImportSourceKey).HasMaxLength(100);
        s.Property(x => x.ImportHash).HasMaxLength(32);
        // The identity of an imported signal: importing the same row again finds it instead of adding it.
        s.HasIndex(x => new { x.ImportSourceId, x.ImportSourceKey }).IsUnique();
        s.HasIndex(x => x.ImportBatchId);
        // No foreign keys to the batch and source: on SQLite adding one would rebuild the whole Signals table in the
        // migration, and batches and sources are never deleted (a rolled-back batch stays, with its status).
        s.Ignore(x => x.IsImported);
    }
}
