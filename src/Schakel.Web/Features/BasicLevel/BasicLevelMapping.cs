using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.BasicLevel;

namespace Schakel.Web.Features.BasicLevel;

public sealed class BuildingBlockMapping : IEntityTypeConfiguration<BuildingBlock>
{
    public void Configure(EntityTypeBuilder<BuildingBlock> b)
    {
        b.ToTable("BuildingBlocks");
        b.Property(x => x.Code).HasMaxLength(40);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Description).HasMaxLength(2000);
    }
}

public sealed class MunicipalBuildingBlockMapping : IEntityTypeConfiguration<MunicipalBuildingBlock>
{
    public void Configure(EntityTypeBuilder<MunicipalBuildingBlock> b)
    {
        b.ToTable("MunicipalBuildingBlocks");
        b.HasIndex(x => new { x.MunicipalityId, x.BuildingBlockId }).IsUnique();
        b.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.BuildingBlock).WithMany().HasForeignKey(x => x.BuildingBlockId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Evidence).HasMaxLength(BasicLevelRules.MaxEvidence);
        b.Property(x => x.Note).HasMaxLength(BasicLevelRules.MaxText);
        b.Property(x => x.RecordedBy).HasMaxLength(200);
    }
}

public sealed class ActionPointMapping : IEntityTypeConfiguration<ActionPoint>
{
    public void Configure(EntityTypeBuilder<ActionPoint> b)
    {
        b.ToTable("ActionPoints");
        b.HasIndex(x => new { x.MunicipalityId, x.DueBy });
        b.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.BuildingBlock).WithMany().HasForeignKey(x => x.BuildingBlockId).OnDelete(DeleteBehavior.SetNull);
        b.Property(x => x.Description).HasMaxLength(BasicLevelRules.MaxText);
        b.Property(x => x.Term).HasMaxLength(20);
        b.Property(x => x.Owner).HasMaxLength(200);
        b.Property(x => x.ToDo).HasMaxLength(BasicLevelRules.MaxText);
        b.Property(x => x.RecordedBy).HasMaxLength(200);
    }
}

public sealed class TrainingMapping : IEntityTypeConfiguration<Training>
{
    public void Configure(EntityTypeBuilder<Training> b)
    {
        b.ToTable("Trainings");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.FormCode).HasMaxLength(40);
        b.Property(x => x.TargetGroup).HasMaxLength(200);
        b.Property(x => x.Provider).HasMaxLength(200);
        b.Property(x => x.Link).HasMaxLength(500);
    }
}

public sealed class TrainingSessionMapping : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> b)
    {
        b.ToTable("TrainingSessions");
        b.HasIndex(x => new { x.OrganisationId, x.Date });
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Training).WithMany().HasForeignKey(x => x.TrainingId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.TargetGroup).HasMaxLength(40);
        b.Property(x => x.Note).HasMaxLength(BasicLevelRules.MaxText);
        b.Property(x => x.RecordedBy).HasMaxLength(200);
    }
}

public sealed class ContactPersonMapping : IEntityTypeConfiguration<ContactPerson>
{
    public void Configure(EntityTypeBuilder<ContactPerson> b)
    {
        b.ToTable("ContactPersons");
        b.HasIndex(x => x.MunicipalityId);
        b.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Function).HasMaxLength(200);
        b.Property(x => x.PartnerOrganisation).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.Phone).HasMaxLength(40);
        b.Ignore(x => x.IsAttentionOfficer);
        b.Ignore(x => x.PublicPhone);
        b.Ignore(x => x.PublicEmail);
    }
}
