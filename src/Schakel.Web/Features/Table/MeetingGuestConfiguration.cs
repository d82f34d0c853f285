using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Organisations;
using Schakel.Core.Table;

namespace Schakel.Web.Features.Table;

public sealed class MeetingGuestConfiguration : IEntityTypeConfiguration<MeetingGuest>
{
    public void Configure(EntityTypeBuilder<MeetingGuest> g)
    {
        g.HasOne<TableMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        g.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        g.HasIndex(x => new { x.MeetingId, x.OrganisationId }).IsUnique();
        g.HasIndex(x => x.OrganisationId);
    }
}
