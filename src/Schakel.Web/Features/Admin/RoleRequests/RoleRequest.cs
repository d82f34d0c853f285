using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Admin.RoleRequests;

public enum RoleRequestStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}

/// <summary>
/// A role that sees personal data, asked for by an administrator and not active until a second person approves it.
/// </summary>
public class RoleRequest
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Role { get; set; }
    public required string RequestedById { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public RoleRequestStatus Status { get; private set; }
    public string? DecidedById { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>A request is decided once, by someone other than the requester and the account it is for.</summary>
    public void Decide(bool approve, string approverId, DateTimeOffset at)
    {
        if (Status != RoleRequestStatus.Pending)
        {
            throw new Core.Common.DomainException("Over dit verzoek is al besloten.");
        }
        if (approverId == RequestedById || approverId == UserId)
        {
            throw new Core.Common.DomainException("Een eigen verzoek of een verzoek voor het eigen account beoordeelt een ander.");
        }
        Status = approve ? RoleRequestStatus.Approved : RoleRequestStatus.Rejected;
        DecidedById = approverId;
        DecidedAt = at;
    }
}

public sealed class RoleRequestConfiguration : IEntityTypeConfiguration<RoleRequest>
{
    public void Configure(EntityTypeBuilder<RoleRequest> builder)
    {
        builder.Property(x => x.UserId).HasMaxLength(450);
        builder.Property(x => x.Role).HasMaxLength(50);
        builder.Property(x => x.RequestedById).HasMaxLength(450);
        builder.Property(x => x.DecidedById).HasMaxLength(450);
        // Stored as UTC ticks so both providers sort and compare them the same way.
        builder.Property(x => x.RequestedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        builder.Property(x => x.DecidedAt).HasConversion(v => v.HasValue ? v.Value.UtcTicks : (long?)null, v => v.HasValue ? new DateTimeOffset(v.Value, TimeSpan.Zero) : null);
        builder.HasIndex(x => new { x.Status, x.RequestedAt });
        builder.HasIndex(x => x.UserId);
    }
}
