using Schakel.Web.Infrastructure.Security;
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

/// <summary>One person: every candidate and decided link with reasons, and the cluster it belongs to.</summary>
[Authorize(Policy = Policies.LinkAssessment)]
public sealed class SubjectLinksModel(SchakelDb db, LinkDecisions decisions, LinkingOptions options, AuditLog audit) : PageModel
{
    public LinkSide Subject { get; private set; } = null!;
    public IReadOnlyList<LinkPair> Links { get; private set; } = [];
    public LinkCluster? Cluster { get; private set; }
    public LinkDecisionForm Form { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.Subject, id.ToString(CultureInfo.InvariantCulture), details: "koppelingen", cancellationToken: HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(int id, int linkId, int version, LinkStatus? decision, string? reason)
    {
        var result = await decisions.DecideAsync(User, linkId, version, decision, reason, HttpContext.RequestAborted);
        if (result.NotFound)
        {
            return NotFound();
        }
        if (!result.Succeeded)
        {
            Form = new LinkDecisionForm(linkId, reason, result.Error);
            ModelState.AddModelError($"reason-{linkId}", result.Error!);
            return await LoadAsync(id) ? Page() : NotFound();
        }
        TempData["Message"] = LinkLabels.Saved(decision!.Value);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var refs = await ReferenceSnapshot.LoadAsync(db, ct);
        var visible = await LinkVisibility.LoadAsync(db, User, ct);
        if (!await visible.SubjectIds.ContainsAsync(id, ct))
        {
            return false;
        }
        var links = await db.Set<SubjectLink>().AsNoTracking().Where(l => l.SubjectAId == id || l.SubjectBId == id)
            .Where(l => visible.SubjectIds.Contains(l.SubjectAId) && visible.SubjectIds.Contains(l.SubjectBId))
            .OrderBy(l => l.Status).ThenByDescending(l => l.Score).ToListAsync(ct);
        var sides = await LinkSide.LoadAsync(db, links.SelectMany(l => new[] { l.SubjectAId, l.SubjectBId }).Append(id), refs, ct);
        if (!sides.TryGetValue(id, out var subject))
        {
            return false;
        }
        Subject = subject;
        // This person first in every pair, so the page reads "this person and …".
        Links = links.Select(l => l.SubjectAId == id ? new LinkPair(l, sides[l.SubjectAId], sides[l.SubjectBId]) : new LinkPair(l, sides[l.SubjectBId], sides[l.SubjectAId])).ToList();
        var cluster = await LinkClusters.OfSubjectAsync(db, id, options, ct);
        Cluster = cluster is not null && visible.Shows(cluster) ? cluster : null;
        return true;
    }
}
