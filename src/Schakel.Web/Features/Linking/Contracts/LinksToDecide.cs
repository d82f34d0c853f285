using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Linking;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Linking.Contracts;

/// <summary>
/// What waits on <c>/koppelen</c> for this user: pairs that may be one person and still need a decision, and networks
/// flagged for the table. Counted under the page's own need-to-know rule (<see cref="LinkVisibility"/>), so the start
/// page never counts a pair or a network the linking page would not show.
/// </summary>
public sealed record LinksToDecide(int Candidates, int FlaggedNetworks)
{
    public static async Task<LinksToDecide> CountAsync(SchakelDb db, ClaimsPrincipal user, LinkingOptions options, CancellationToken ct)
    {
        var visible = await LinkVisibility.LoadAsync(db, user, ct);
        var candidates = await Open(Visible(db, visible), LinkKind.SamePerson).CountAsync(ct);
        var flagged = visible.Filter(await LinkClusters.FlaggedAsync(db, options, ct)).Count;
        return new LinksToDecide(candidates, flagged);
    }

    /// <summary>Pairs whose two persons are both visible to the user.</summary>
    internal static IQueryable<SubjectLink> Visible(SchakelDb db, LinkVisibility visible) =>
        db.Set<SubjectLink>().AsNoTracking().Where(l => visible.SubjectIds.Contains(l.SubjectAId) && visible.SubjectIds.Contains(l.SubjectBId));

    /// <summary>Pairs of the kind that no one has decided on yet.</summary>
    internal static IQueryable<SubjectLink> Open(IQueryable<SubjectLink> links, LinkKind kind) =>
        links.Where(l => l.Status == LinkStatus.Candidate && l.Kind == kind);
}
