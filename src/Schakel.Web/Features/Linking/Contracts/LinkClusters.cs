using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Linking.Contracts;

/// <summary>
/// Networks formed by confirmed links (see <see cref="NetworkComponents"/>). Schakel never merges subjects: a network is
/// computed from the decisions each time, so undoing a decision would undo it. The name "cluster" stays in the web
/// addresses; a network of one person is what used to be a cluster.
/// </summary>
public static class LinkClusters
{
    /// <summary>Networks flagged "voor de tafel", for the table agenda and the ketenregisseur's start page.</summary>
    public static async Task<IReadOnlyList<LinkCluster>> FlaggedAsync(SchakelDb db, LinkingOptions? options = null, CancellationToken cancellationToken = default) =>
        (await AllAsync(db, options, cancellationToken)).Where(c => c.IsFlagged).ToList();

    /// <summary>Every network of two or more subjects: flagged first, then the largest.</summary>
    public static async Task<IReadOnlyList<LinkCluster>> AllAsync(SchakelDb db, LinkingOptions? options = null, CancellationToken cancellationToken = default)
    {
        var pairs = await db.Set<SubjectLink>().AsNoTracking().Where(l => l.Status == LinkStatus.Confirmed || l.Status == LinkStatus.Related)
            .Select(l => new { l.SubjectAId, l.SubjectBId, l.Status }).ToListAsync(cancellationToken);
        var parts = NetworkComponents.Build(pairs.Select(p => (p.SubjectAId, p.SubjectBId, p.Status)));
        return (await ToClustersAsync(db, parts, options ?? new LinkingOptions(), cancellationToken))
            .OrderByDescending(c => c.IsFlagged).ThenByDescending(c => c.Signals.Count).ThenBy(c => c.Number).ToList();
    }

    /// <summary>The network that holds the subject, or null when it has no confirmed links.</summary>
    public static async Task<LinkCluster?> OfSubjectAsync(SchakelDb db, int subjectId, LinkingOptions? options = null, CancellationToken cancellationToken = default) =>
        (await AllAsync(db, options, cancellationToken)).FirstOrDefault(c => c.SubjectIds.Contains(subjectId));

    /// <summary>The network of the subject; a subject without confirmed links is a network of one person.</summary>
    public static async Task<LinkCluster?> NetworkOfSubjectAsync(SchakelDb db, int subjectId, LinkingOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (await OfSubjectAsync(db, subjectId, options, cancellationToken) is { } network)
        {
            return network;
        }
        if (!await db.Subjects.AnyAsync(s => s.Id == subjectId, cancellationToken))
        {
            return null;
        }
        return (await ToClustersAsync(db, [new NetworkPart([subjectId], [[subjectId]])], options ?? new LinkingOptions(), cancellationToken)).Single();
    }

    private static async Task<List<LinkCluster>> ToClustersAsync(SchakelDb db, IReadOnlyList<NetworkPart> parts, LinkingOptions options, CancellationToken cancellationToken)
    {
        if (parts.Count == 0)
        {
            return [];
        }
        var subjectIds = parts.SelectMany(p => p.SubjectIds).ToList();
        var signalOf = await db.Subjects.AsNoTracking().Where(s => subjectIds.Contains(s.Id))
            .Select(s => new { s.Id, s.SignalId }).ToDictionaryAsync(s => s.Id, s => s.SignalId, cancellationToken);
        var signalIds = signalOf.Values.Distinct().ToList();
        var signals = await db.Signals.AsNoTracking().Where(s => signalIds.Contains(s.Id))
            .Select(s => new ClusterSignal(s.Id, s.Reference, s.MunicipalityId, s.Municipality!.Name, s.MelderTypeCode, s.Status, s.IsAcute))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        return parts.Select(part =>
        {
            var clusterSignals = part.SubjectIds.Select(id => signalOf[id]).Distinct().Select(id => signals[id]).OrderBy(s => s.Reference, StringComparer.Ordinal).ToList();
            return new LinkCluster(part.SubjectIds[0], part.SubjectIds, part.Persons, clusterSignals, ClusterFlags.Reasons(clusterSignals, options, part.Persons.Count));
        }).ToList();
    }
}
