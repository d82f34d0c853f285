using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Identity;

namespace Schakel.Web.Features.Table;

public sealed class MeetingAttendanceConfiguration : IEntityTypeConfiguration<MeetingAttendance>
{
    public void Configure(EntityTypeBuilder<MeetingAttendance> a)
    {
        a.Property(x => x.UserId).HasMaxLength(450);
        a.Property(x => x.Name).HasMaxLength(200);
        a.Property(x => x.Organisation).HasMaxLength(200);
        a.Property(x => x.RecordedBy).HasMaxLength(300);
        a.HasOne<TableMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        // As with action owners: an account that took part is deactivated, not deleted, while the minutes name it.
        a.HasOne<SchakelUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        a.HasIndex(x => new { x.MeetingId, x.UserId }).IsUnique();
        a.Ignore(x => x.Attended);
    }
}
