using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Organisations;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Identity;

namespace Schakel.Web.Features.Table;

public sealed class RegionalTableConfiguration : IEntityTypeConfiguration<RegionalTable>
{
    public void Configure(EntityTypeBuilder<RegionalTable> t)
    {
        t.Property(x => x.Name).HasMaxLength(200);
        t.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
        t.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.TableId).OnDelete(DeleteBehavior.Cascade);
        t.HasOne<SchakelUser>().WithMany().HasForeignKey(x => x.ChairUserId).OnDelete(DeleteBehavior.SetNull);
        t.HasOne<SchakelUser>().WithMany().HasForeignKey(x => x.SecretaryUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class TableMemberConfiguration : IEntityTypeConfiguration<TableMember>
{
    public void Configure(EntityTypeBuilder<TableMember> m)
    {
        m.HasOne<SchakelUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        m.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        m.HasIndex(x => new { x.TableId, x.UserId });
        m.HasIndex(x => new { x.TableId, x.OrganisationId });
    }
}

public sealed class TableMeetingConfiguration : IEntityTypeConfiguration<TableMeeting>
{
    public void Configure(EntityTypeBuilder<TableMeeting> m)
    {
        m.HasOne(x => x.Table).WithMany().HasForeignKey(x => x.TableId).OnDelete(DeleteBehavior.Cascade);
        m.HasMany(x => x.Items).WithOne(i => i.Meeting).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        m.HasIndex(x => new { x.TableId, x.StartsAt });
    }
}

public sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> i)
    {
        i.Property(x => x.PostponedReason).HasMaxLength(1000);
        i.Property(x => x.DecisionNotes).HasMaxLength(4000);
        i.Property(x => x.DecidedBy).HasMaxLength(200);
        i.HasOne(x => x.Signal).WithMany().HasForeignKey(x => x.SignalId).OnDelete(DeleteBehavior.Restrict);
        i.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        i.HasIndex(x => new { x.MeetingId, x.Position });
        i.HasIndex(x => x.SignalId);
        i.HasIndex(x => x.CaseId);
        i.Ignore(x => x.IsDecided);
        i.Ignore(x => x.IsPostponed);
    }
}

public sealed class PreRoundAnswerConfiguration : IEntityTypeConfiguration<PreRoundAnswer>
{
    public void Configure(EntityTypeBuilder<PreRoundAnswer> a)
    {
        a.Property(x => x.UserId).HasMaxLength(450);
        a.Property(x => x.Answerer).HasMaxLength(300);
        a.Property(x => x.Note).HasMaxLength(2000);
        a.HasOne<TableMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        a.HasOne<Subject>().WithMany().HasForeignKey(x => x.SubjectId).OnDelete(DeleteBehavior.Cascade);
        a.HasIndex(x => new { x.MeetingId, x.SubjectId, x.UserId }).IsUnique();
    }
}

public sealed class TableCaseConfiguration : IEntityTypeConfiguration<TableCase>
{
    public void Configure(EntityTypeBuilder<TableCase> c)
    {
        c.Property(x => x.Reference).HasMaxLength(20);
        c.HasIndex(x => x.Reference).IsUnique();
        c.Property(x => x.DirectorName).HasMaxLength(300);
        c.Property(x => x.FirstGoal).HasMaxLength(2000);
        c.Property(x => x.WorkAgreements).HasMaxLength(4000);
        c.HasOne<RegionalTable>().WithMany().HasForeignKey(x => x.TableId).OnDelete(DeleteBehavior.Restrict);
        c.HasOne<Organisation>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        c.HasMany(x => x.Tracks).WithOne().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
        c.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        c.HasMany<Signal>().WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
        c.HasIndex(x => new { x.TableId, x.ClosedAt });
        c.Ignore(x => x.IsClosed);
    }
}

public sealed class CaseTrackConfiguration : IEntityTypeConfiguration<CaseTrack>
{
    public void Configure(EntityTypeBuilder<CaseTrack> t)
    {
        t.Property(x => x.OutcomeCode).HasMaxLength(40);
        t.HasIndex(x => new { x.CaseId, x.Kind }).IsUnique();
    }
}

public sealed class CriminalTrackDetailConfiguration : IEntityTypeConfiguration<CriminalTrackDetail>
{
    public void Configure(EntityTypeBuilder<CriminalTrackDetail> d)
    {
        d.Property(x => x.Text).HasMaxLength(4000);
        d.Property(x => x.UpdatedBy).HasMaxLength(300);
        d.HasOne<CaseTrack>().WithMany().HasForeignKey(x => x.TrackId).OnDelete(DeleteBehavior.Cascade);
        d.HasIndex(x => x.TrackId).IsUnique();
    }
}

public sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> e)
    {
        e.Property(x => x.Actor).HasMaxLength(300);
        e.Property(x => x.Description).HasMaxLength(1000);
    }
}

public sealed class TableActionConfiguration : IEntityTypeConfiguration<TableAction>
{
    public void Configure(EntityTypeBuilder<TableAction> a)
    {
        a.Property(x => x.Description).HasMaxLength(1000);
        a.Property(x => x.OwnerName).HasMaxLength(300);
        a.HasOne<TableMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        a.HasOne<SchakelUser>().WithMany().HasForeignKey(x => x.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
        a.HasOne<TableCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        a.HasOne<Signal>().WithMany().HasForeignKey(x => x.SignalId).OnDelete(DeleteBehavior.Restrict);
        a.HasIndex(x => new { x.OwnerUserId, x.Status });
        a.HasIndex(x => new { x.Status, x.DueOn });
        a.HasIndex(x => x.CaseId);
    }
}
