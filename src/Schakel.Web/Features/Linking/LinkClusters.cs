using Microsoft.EntityFrameworkCore;
using Schakel.Core.Linking;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Linking;

/// <summary>
/// Clusters formed by confirmed links (union-find over the pairs the ketenregisseur confirmed). Schakel never merges
/// subjects: a cluster is computed from the decisions each time, so undoing a decision would undo the cluster.
/// </summary>
public static class LinkClusters
{
    /// <summary>Clusters flagged "voor de tafel", for the table agenda and the ketenregisseur's start page.</summary>
    public static async Task<IReadOnlyList<LinkCluster>> FlaggedAsync(SchakelDb db, LinkingOptions? options = null, CancellationToken cancellationToken = default) =>
        (await AllAsync(db, options, cancellationToken)).Where(c => c.IsFlagged).ToList();

    /// <summary>Every cluster of two or more subjects: flagged first, then the largest.</summary>
    public static async Task<IReadOnlyList<LinkCluster>> AllAsync(SchakelDb db, LinkingOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new LinkingOptions();
        var pairs = await db.Set<SubjectLink>().AsNoTracking().Where(l => l.Status == LinkStatus.Confirmed)
            .OrderBy(l => l.SubjectAId).ThenBy(l => l.SubjectBId)
            .Select(l => new { l.SubjectAId, l.SubjectBId }).ToListAsync(cancellationToken);
        if (pairs.Count == 0)
        {
            return [];
        }
        var set = new DisjointSet<int>();
        foreach (var p in pairs)
        {
            set.Union(p.SubjectAId, p.SubjectBId);
        }
        var subjectIds = pairs.SelectMany(p => new[] { p.SubjectAId, p.SubjectBId }).Distinct().ToList();
        var signalOf = await db.Subjects.AsNoTracking().Where(s => subjectIds.Contains(s.Id))
            .Select(s => new { s.Id, s.SignalId }).ToDictionaryAsync(s => s.Id, s => s.SignalId, cancellationToken);
        var signalIds = signalOf.Values.Distinct().ToList();
        var signals = await db.Signals.AsNoTracking().Where(s => signalIds.Contains(s.Id))
            .Select(s => new ClusterSignal(s.Id, s.Reference, s.MunicipalityId, s.Municipality!.Name, s.MelderTypeCode, s.Status, s.IsAcute))
            .ToDictionaryAsync(s => s.Id, cancellationToken);

        var clusters = new List<LinkCluster>();
        foreach (var members in set.Clusters())
        {
            var ids = members.Order().ToList();
            var clusterSignals = ids.Select(id => signalOf[id]).Distinct().Select(id => signals[id]).OrderBy(s => s.Reference, StringComparer.Ordinal).ToList();
            clusters.Add(new LinkCluster(ids[0], ids, clusterSignals, ClusterFlags.Reasons(clusterSignals, options)));
        }
        return clusters.OrderByDescending(c => c.IsFlagged).ThenByDescending(c => c.Signals.Count).ThenBy(c => c.Number).ToList();
    }

    /// <summary>The cluster that holds the subject, or null when it has no confirmed links.</summary>
    public static async Task<LinkCluster?> OfSubjectAsync(SchakelDb db, int subjectId, LinkingOptions? options = null, CancellationToken cancellationToken = default) =>
        (await AllAsync(db, options, cancellationToken)).FirstOrDefault(c => c.SubjectIds.Contains(subjectId));
}
