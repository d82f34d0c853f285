using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Organisations;
using Schakel.Core.Signals;
using Schakel.Core.Undermining;

namespace Schakel.Web.Features.Undermining;

public sealed class UnderminingReferralConfiguration : IEntityTypeConfiguration<UnderminingReferral>
{
    public void Configure(EntityTypeBuilder<UnderminingReferral> r)
    {
        r.ToTable("UnderminingReferrals");
        r.Property(x => x.SignalReference).HasMaxLength(40);
        r.Property(x => x.Question).HasMaxLength(UnderminingReferral.MaxText);
        r.Property(x => x.ReferredBy).HasMaxLength(300);
        r.Property(x => x.ReferredByUserId).HasMaxLength(450);
        r.Property(x => x.CaseTableOutcome).HasMaxLength(UnderminingReferral.MaxText);
        r.Property(x => x.EscalationReason).HasMaxLength(UnderminingReferral.MaxText);
        r.Property(x => x.RiecTakenUpBy).HasMaxLength(300);
        r.Property(x => x.RiecOutcomeCode).HasMaxLength(40);
        r.Property(x => x.CloseReason).HasMaxLength(UnderminingReferral.MaxText);
        r.HasOne<Signal>().WithMany().HasForeignKey(x => x.SignalId).OnDelete(DeleteBehavior.Cascade);
        r.HasOne<Organisation>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        r.HasOne<Region>().WithMany().HasForeignKey(x => x.RiecRegionId).OnDelete(DeleteBehavior.Restrict);
        // NULLs never collide in a unique index (SQLite and PostgreSQL alike), so only open referrals are unique per signal.
        r.HasIndex(x => x.OpenSignalId).IsUnique();
        r.HasIndex(x => x.SignalId);
        r.HasIndex(x => new { x.MunicipalityId, x.Status });
        r.HasIndex(x => new { x.RiecRegionId, x.Status });
        r.Ignore(x => x.IsOpen);
        r.Ignore(x => x.IsEscalated);
    }
}
