using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Consultations;
using Schakel.Web.Infrastructure.Identity;

namespace Schakel.Web.Features.Consultations;

public sealed class AcuteConsultationConfiguration : IEntityTypeConfiguration<AcuteConsultation>
{
    public void Configure(EntityTypeBuilder<AcuteConsultation> c)
    {
        c.Property(x => x.StartedByUserId).HasMaxLength(450);
        c.Property(x => x.StartedByName).HasMaxLength(300);
        c.Property(x => x.ClosedByName).HasMaxLength(300);
        c.Property(x => x.Question).HasMaxLength(AcuteConsultation.MaxText);
        c.Property(x => x.Outcome).HasMaxLength(AcuteConsultation.MaxText);
        c.HasOne(x => x.Signal).WithMany().HasForeignKey(x => x.SignalId).OnDelete(DeleteBehavior.Cascade);
        c.HasMany(x => x.Invitations).WithOne().HasForeignKey(i => i.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        // One open consultation per signal, also when two starters submit at the same moment.
        c.HasIndex(x => x.SignalId).IsUnique().HasFilter("\"ClosedAt\" IS NULL").HasDatabaseName("IX_AcuteConsultations_OneOpenPerSignal");
        c.HasIndex(x => x.StartedByUserId);
        c.Ignore(x => x.IsOpen);
        c.Ignore(x => x.AllAnswered);
    }
}

public sealed class ConsultationInvitationConfiguration : IEntityTypeConfiguration<ConsultationInvitation>
{
    public void Configure(EntityTypeBuilder<ConsultationInvitation> i)
    {
        i.Property(x => x.Name).HasMaxLength(300);
        i.Property(x => x.Advice).HasMaxLength(AcuteConsultation.MaxText);
        i.HasOne<SchakelUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        i.HasIndex(x => new { x.UserId, x.ConsultationId }).IsUnique();
        i.Ignore(x => x.HasAnswered);
    }
}
