using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Audit;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Linking;

/// <summary>A cluster of confirmed links: its people, signals, municipalities and sources, and why it is flagged.</summary>
[Authorize(Roles = Roles.ChainDirector)]
public sealed class ClusterPageModel(SchakelDb db, LinkingOptions options, AuditLog audit) : PageModel
{
    public LinkCluster Cluster { get; private set; } = null!;
    public IReadOnlyList<LinkSide> Subjects { get; private set; } = [];
    public IReadOnlyList<LinkPair> Links { get; private set; } = [];
    public ReferenceSnapshot Refs { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int number)
    {
        var ct = HttpContext.RequestAborted;
        var cluster = await LinkClusters.OfSubjectAsync(db, number, options, ct);
        if (cluster is null || !(await LinkVisibility.LoadAsync(db, User, ct)).Shows(cluster))
        {
            return NotFound();
        }
        if (cluster.Number != number)
        {
            return RedirectToPage(new { number = cluster.Number });
        }
        Cluster = cluster;
        Refs = await ReferenceSnapshot.LoadAsync(db, ct);
        var sides = await LinkSide.LoadAsync(db, cluster.SubjectIds, Refs, ct);
        Subjects = cluster.SubjectIds.Select(id => sides[id]).ToList();
        var ids = cluster.SubjectIds.ToList();
        var links = await db.Set<SubjectLink>().AsNoTracking()
            .Where(l => l.Status == LinkStatus.Confirmed && ids.Contains(l.SubjectAId) && ids.Contains(l.SubjectBId))
            .OrderBy(l => l.DecidedAt).ThenBy(l => l.Id).ToListAsync(ct);
        Links = links.Select(l => new LinkPair(l, sides[l.SubjectAId], sides[l.SubjectBId])).ToList();
        await audit.RecordAsync(AuditAction.Read, AuditRecordTypes.LinkCluster, number.ToString(CultureInfo.InvariantCulture), cancellationToken: ct, subjects: ids);
        return Page();
    }
}
