using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Linking;

/// <summary>
/// The linking pages show only people from signals the chain director may see, that is of the own region: a pair or
/// cluster that reaches into another region is not shown here.
/// </summary>
public sealed class LinkVisibility(IQueryable<int> subjectIds, IReadOnlyCollection<int> signalIds)
{
    /// <summary>Ids of visible subjects, as a query that pages combine with their own filters.</summary>
    public IQueryable<int> SubjectIds => subjectIds;

    public static async Task<LinkVisibility> LoadAsync(SchakelDb db, ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = await AccessScope.LoadAsync(db, user, ct);
        var signals = db.Signals.VisibleSignals(user, scope).Select(s => s.Id);
        var subjects = db.Subjects.Where(s => signals.Contains(s.SignalId)).Select(s => s.Id);
        return new LinkVisibility(subjects, await signals.ToListAsync(ct));
    }

    /// <summary>Both persons of the pair are visible; a pair reaching outside the own region is not.</summary>
    public async Task<bool> ShowsAsync(SubjectLink link, CancellationToken ct) =>
        await subjectIds.CountAsync(id => id == link.SubjectAId || id == link.SubjectBId, ct) == 2;

    public bool Shows(LinkCluster cluster) => cluster.Signals.All(s => signalIds.Contains(s.Id));

    public IReadOnlyList<LinkCluster> Filter(IEnumerable<LinkCluster> clusters) => clusters.Where(Shows).ToList();
}
