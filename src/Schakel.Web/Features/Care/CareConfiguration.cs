using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Care;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Identity;

namespace Schakel.Web.Features.Care;

public sealed class CareFileConfiguration : IEntityTypeConfiguration<CareFile>
{
    public void Configure(EntityTypeBuilder<CareFile> f)
    {
        f.Property(x => x.CoordinatorName).HasMaxLength(300);
        f.Property(x => x.OutcomeCode).HasMaxLength(40);
        f.Property(x => x.ClinicalNotes).HasMaxLength(4000);
        f.HasOne<TableCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        f.HasOne<Subject>().WithMany().HasForeignKey(x => x.SubjectId).OnDelete(DeleteBehavior.Cascade);
        f.HasOne<SchakelUser>().WithMany().HasForeignKey(x => x.CoordinatorUserId).OnDelete(DeleteBehavior.SetNull);
        f.HasIndex(x => new { x.CaseId, x.SubjectId }).IsUnique();
        f.HasIndex(x => x.CoordinatorUserId);
        f.HasMany(x => x.Needs).WithOne().HasForeignKey(x => x.CareFileId).OnDelete(DeleteBehavior.Cascade);
        f.HasMany(x => x.Placements).WithOne().HasForeignKey(x => x.CareFileId).OnDelete(DeleteBehavior.Cascade);
        f.HasMany(x => x.Milestones).WithOne().HasForeignKey(x => x.CareFileId).OnDelete(DeleteBehavior.Cascade);
        f.HasMany(x => x.Contacts).WithOne().HasForeignKey(x => x.CareFileId).OnDelete(DeleteBehavior.Cascade);
        f.HasMany(x => x.Consents).WithOne().HasForeignKey(x => x.CareFileId).OnDelete(DeleteBehavior.Cascade);
        f.HasMany(x => x.Goals).WithOne().HasForeignKey(x => x.CareFileId).OnDelete(DeleteBehavior.Cascade);
        f.Ignore(x => x.IsClosed);
    }
}

public sealed class CareNeedConfiguration : IEntityTypeConfiguration<CareNeed>
{
    public void Configure(EntityTypeBuilder<CareNeed> n)
    {
        n.Property(x => x.Provider).HasMaxLength(300);
        n.Property(x => x.Note).HasMaxLength(2000);
        n.Ignore(x => x.IsOpen);
    }
}

public sealed class ShelterPlacementConfiguration : IEntityTypeConfiguration<ShelterPlacement>
{
    public void Configure(EntityTypeBuilder<ShelterPlacement> p)
    {
        p.Property(x => x.RecommendedKind).HasMaxLength(40);
        p.Property(x => x.ChosenKind).HasMaxLength(40);
        p.Property(x => x.Reason).HasMaxLength(2000);
        p.Property(x => x.Answers).HasMaxLength(1000);
        p.Property(x => x.RecordedBy).HasMaxLength(300);
    }
}

public sealed class CareMilestoneConfiguration : IEntityTypeConfiguration<CareMilestone>
{
    public void Configure(EntityTypeBuilder<CareMilestone> m) => m.Property(x => x.Note).HasMaxLength(1000);
}

public sealed class CareContactConfiguration : IEntityTypeConfiguration<CareContact>
{
    public void Configure(EntityTypeBuilder<CareContact> c)
    {
        c.Property(x => x.Name).HasMaxLength(300);
        c.Property(x => x.Organisation).HasMaxLength(300);
        c.Property(x => x.Phone).HasMaxLength(50);
    }
}

public sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> c)
    {
        c.Property(x => x.PartnerName).HasMaxLength(300);
        c.Property(x => x.RecordedBy).HasMaxLength(300);
        c.HasIndex(x => new { x.Scope, x.GivenOn });
    }
}

public sealed class CareGoalConfiguration : IEntityTypeConfiguration<CareGoal>
{
    public void Configure(EntityTypeBuilder<CareGoal> g) => g.Property(x => x.Description).HasMaxLength(1000);
}
