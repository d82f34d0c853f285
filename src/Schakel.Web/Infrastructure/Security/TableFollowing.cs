using System.Security.Claims;

namespace Schakel.Web.Infrastructure.Security;

public static class TableFollowing
{
    /// <summary>
    /// The municipality whose items the user follows at tables without a seat (an attention officer's own), for lists
    /// that filter meetings and agenda items in the query; the rule itself is <see cref="AccessPolicy.OwnMunicipalityAtTable"/>.
    /// </summary>
    public static int? MunicipalityFollowedAtTables(this ClaimsPrincipal user) => AccessPolicy.OwnMunicipalityAtTable(user);
}
