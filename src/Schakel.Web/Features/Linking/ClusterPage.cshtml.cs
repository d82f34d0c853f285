using Schakel.Web.Infrastructure.Security;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Audit;
using Schakel.Web.Features.Linking.Network;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Linking;

/// <summary>
/// A network: its persons, the identifiers and ads that connect them, its signals and why it is flagged, and the pairs
/// around it that still wait for a decision. Any person of the own region opens as a network, if need be of one.
/// </summary>
[Authorize(Policy = Policies.LinkAssessment)]
public sealed class ClusterPageModel(SchakelDb db, LinkDecisions decisions, LinkingOptions options, AuditLog audit, INetworkAds ads) : PageModel
{
    /// <summary>At most this many open pairs around the network are shown to decide on, best first.</summary>
    public const int MaxPending = 50;

    public LinkCluster Cluster { get; private set; } = null!;
    public IReadOnlyList<LinkSide> Subjects { get; private set; } = [];
    public IReadOnlyList<LinkPair> Links { get; private set; } = [];
    public IReadOnlyList<LinkPair> Pending { get; private set; } = [];
    public NetworkGraph Graph { get; private set; } = null!;
    public ReferenceSnapshot Refs { get; private set; } = null!;
    public LinkDecisionForm Form { get; private set; } = new();
    public LinkingOptions Options => options;

    public async Task<IActionResult> OnGetAsync(int number)
    {
        var ct = HttpContext.RequestAborted;
        var cluster = await LinkClusters.NetworkOfSubjectAsync(db, number, options, ct);
        if (cluster is null || !(await LinkVisibility.LoadAsync(db, User, ct)).Shows(cluster))
        {
            return NotFound();
        }
        if (cluster.Number != number)
        {
            return RedirectToPage(new { number = cluster.Number });
        }
        var shown = await LoadAsync(cluster, ct);
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.LinkCluster, number.ToString(CultureInfo.InvariantCulture), details: "netwerk", cancellationToken: ct, subjects: shown);
        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(int number, int linkId, int version, LinkStatus? decision, string? reason)
    {
        var ct = HttpContext.RequestAborted;
        var result = await decisions.DecideAsync(User, linkId, version, decision, reason, ct);
        if (result.NotFound)
        {
            return NotFound();
        }
        if (!result.Succeeded)
        {
            var cluster = await LinkClusters.NetworkOfSubjectAsync(db, number, options, ct);
            if (cluster is null || !(await LinkVisibility.LoadAsync(db, User, ct)).Shows(cluster))
            {
                return NotFound();
            }
            Form = new LinkDecisionForm(linkId, reason, result.Error);
            ModelState.AddModelError($"reason-{linkId}", result.Error!);
            await LoadAsync(cluster, ct);
            return Page();
        }
        TempData["Message"] = LinkLabels.Saved(decision!.Value);
        // The network may have grown onto a lower number; the GET redirects there.
        return RedirectToPage(new { number });
    }

    private async Task<IReadOnlyList<int>> LoadAsync(LinkCluster cluster, CancellationToken ct)
    {
        Cluster = cluster;
        Refs = await ReferenceSnapshot.LoadAsync(db, ct);
        var visible = await LinkVisibility.LoadAsync(db, User, ct);
        var ids = cluster.SubjectIds.ToList();
        var links = await db.Set<SubjectLink>().AsNoTracking()
            .Where(l => l.Status != LinkStatus.Rejected && (ids.Contains(l.SubjectAId) || ids.Contains(l.SubjectBId)))
            .Where(l => visible.SubjectIds.Contains(l.SubjectAId) && visible.SubjectIds.Contains(l.SubjectBId))
            .ToListAsync(ct);
        var open = links.Where(l => l.Status == LinkStatus.Candidate)
            .OrderByDescending(l => l.Kind).ThenByDescending(l => l.Score).ThenBy(l => l.Id).Take(MaxPending).ToList();
        var decided = links.Where(l => l.IsConfirmedLink).OrderBy(l => l.DecidedAt).ThenBy(l => l.Id).ToList();
        var sides = await LinkSide.LoadAsync(db, ids.Concat(open.SelectMany(l => new[] { l.SubjectAId, l.SubjectBId })), Refs, ct);
        Subjects = ids.Select(id => sides[id]).ToList();
        Links = decided.Select(l => new LinkPair(l, sides[l.SubjectAId], sides[l.SubjectBId])).ToList();
        Pending = open.Select(l => new LinkPair(l, sides[l.SubjectAId], sides[l.SubjectBId])).ToList();

        var outside = sides.Values.Where(s => !ids.Contains(s.Subject.Id)).OrderBy(s => s.Subject.Id).ToList();
        var persons = cluster.Persons.Select(p => (IReadOnlyList<LinkSide>)p.Select(id => sides[id]).ToList()).ToList();
        Graph = NetworkGraph.Build(persons, outside, decided.Concat(open), await ads.ListAsync(ct));
        return sides.Keys.Order().ToList();
    }
}
