using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Ads;

public sealed class StoredAdConfiguration : IEntityTypeConfiguration<StoredAd>
{
    public void Configure(EntityTypeBuilder<StoredAd> a)
    {
        a.ToTable("Ads");
        a.Property(x => x.AdId).HasMaxLength(200);
        a.Property(x => x.DedupeKey).HasMaxLength(64);
        a.Property(x => x.City).HasMaxLength(200);
        a.Property(x => x.Phone).HasMaxLength(40);
        a.Property(x => x.Handle).HasMaxLength(200);
        a.Property(x => x.Title).HasMaxLength(1000);
        a.Property(x => x.Text).HasMaxLength(20000);
        a.Property(x => x.Price).HasPrecision(12, 2);
        a.Property(x => x.PhotoHash).HasMaxLength(200);
        a.Property(x => x.Indicators).HasMaxLength(2000);
        a.Property(x => x.ProfileVersion).HasMaxLength(100);
        a.Property(x => x.ClusterKey).HasMaxLength(210);
        a.Property(x => x.ReviewedBy).HasMaxLength(300);
        a.Property(x => x.SignalReference).HasMaxLength(40);
        a.HasIndex(x => x.AdId).IsUnique();
        a.HasIndex(x => x.DedupeKey).IsUnique();
        a.HasIndex(x => x.ClusterKey);
        a.HasIndex(x => x.RiskScore);
        a.HasOne<AdImportBatch>().WithMany().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class StoredAdClusterConfiguration : IEntityTypeConfiguration<StoredAdCluster>
{
    public void Configure(EntityTypeBuilder<StoredAdCluster> c)
    {
        c.ToTable("AdClusters");
        c.Property(x => x.Key).HasMaxLength(210);
        c.Property(x => x.Phones).HasMaxLength(4000);
        c.Property(x => x.Handles).HasMaxLength(4000);
        c.Property(x => x.Cities).HasMaxLength(4000);
        c.Property(x => x.ProfileVersion).HasMaxLength(100);
        c.Property(x => x.ReviewedBy).HasMaxLength(300);
        c.HasIndex(x => x.Key).IsUnique();
    }
}

public sealed class AdImportBatchConfiguration : IEntityTypeConfiguration<AdImportBatch>
{
    public void Configure(EntityTypeBuilder<AdImportBatch> b)
    {
        b.ToTable("AdImports");
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.FileName).HasMaxLength(300);
    }
}

public sealed class AdProfileVersionConfiguration : IEntityTypeConfiguration<AdProfileVersion>
{
    public void Configure(EntityTypeBuilder<AdProfileVersion> p)
    {
        p.ToTable("AdProfileVersions");
        p.Property(x => x.Version).HasMaxLength(100);
        p.Property(x => x.CreatedBy).HasMaxLength(300);
        p.Property(x => x.Reason).HasMaxLength(1000);
        p.HasIndex(x => x.Version).IsUnique();
    }
}

public sealed class AdReviewConfiguration : IEntityTypeConfiguration<AdReview>
{
    public void Configure(EntityTypeBuilder<AdReview> r)
    {
        r.ToTable("AdReviews");
        r.Property(x => x.Note).HasMaxLength(2000);
        r.Property(x => x.UserId).HasMaxLength(450);
        r.Property(x => x.Actor).HasMaxLength(300);
        r.Property(x => x.SignalReference).HasMaxLength(40);
        r.HasOne<StoredAd>().WithMany().HasForeignKey(x => x.AdId).OnDelete(DeleteBehavior.Cascade);
        r.HasOne<StoredAdCluster>().WithMany().HasForeignKey(x => x.ClusterId).OnDelete(DeleteBehavior.SetNull);
        r.HasIndex(x => x.At);
    }
}
