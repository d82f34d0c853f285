using Microsoft.AspNetCore.Identity;
using Schakel.Core.Organisations;

namespace Schakel.Web.Infrastructure.Identity;

/// <summary>A person who signs in. Belongs to exactly one organisation; roles come from Identity.</summary>
public class SchakelUser : IdentityUser
{
    public required string DisplayName { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The TOTP time-step of the last accepted code; a code is accepted once (RFC 6238 section 5.2).</summary>
    public long? LastTotpTimeStep { get; set; }
}
