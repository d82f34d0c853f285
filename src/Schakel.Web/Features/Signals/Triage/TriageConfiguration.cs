using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Organisations;

namespace Schakel.Web.Features.Signals.Triage;

/// <summary>The region's route after the attention officer; existing regions keep today's route, straight to the table.</summary>
public sealed class RegionRouteConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> r) =>
        r.Property(x => x.TableRoute).HasDefaultValue(TableRoute.Direct).HasSentinel(TableRoute.Direct);
}
