using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Identity;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>
/// One break-glass grant: one person, one signal, a short window. It stays in the privacy officer's review queue until
/// judged; a rejection also ends the access at once.
/// </summary>
public class BreakGlassUse
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public int SignalId { get; set; }
    public required string Purpose { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }
    public bool? Approved { get; set; }
    public string? ReviewNote { get; set; }
    public int Version { get; set; }
}

public sealed class BreakGlassUseConfiguration : IEntityTypeConfiguration<BreakGlassUse>
{
    public void Configure(EntityTypeBuilder<BreakGlassUse> b)
    {
        b.Property(x => x.UserName).HasMaxLength(300);
        b.Property(x => x.Purpose).HasMaxLength(1000);
        b.Property(x => x.ReviewedBy).HasMaxLength(300);
        b.Property(x => x.ReviewNote).HasMaxLength(2000);
        b.HasOne<SchakelUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Signal>().WithMany().HasForeignKey(x => x.SignalId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.UserId, x.SignalId, x.ExpiresAt });
        b.HasIndex(x => x.ReviewedAt);
    }
}
