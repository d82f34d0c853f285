using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Infrastructure.Identity;

/// <summary>Puts the user's organisation in the cookie so every request knows it without a lookup.</summary>
public sealed class SchakelClaimsFactory(
    UserManager<SchakelUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, SchakelDb db)
    : UserClaimsPrincipalFactory<SchakelUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(SchakelUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var orgName = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync();
        identity.AddClaim(new Claim(SchakelClaims.Organisation, user.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(SchakelClaims.OrganisationName, orgName ?? ""));
        identity.AddClaim(new Claim(SchakelClaims.DisplayName, user.DisplayName));
        var regionName = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => o.Region!.Name).FirstOrDefaultAsync();
        identity.AddClaim(new Claim(SchakelClaims.RegionName, regionName ?? ""));
        return identity;
    }
}
