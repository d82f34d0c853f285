using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Audit;
using Schakel.Core.Linking;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Linking;

/// <summary>The ketenregisseur's linking page: candidate pairs best first, clusters and what is flagged for the table.</summary>
[Authorize(Policy = Policies.LinkAssessment)]
public sealed class IndexModel(SchakelDb db, LinkDecisions decisions, LinkingOptions options, AuditLog audit) : PageModel
{
    public const int PageSize = 100;

    public IReadOnlyList<LinkPair> Candidates { get; private set; } = [];
    public int CandidateCount { get; private set; }

    /// <summary>Open pairs of two persons (a relation): listed apart, since their low identity score would bury them.</summary>
    public IReadOnlyList<LinkPair> Relations { get; private set; } = [];
    public int RelationCount { get; private set; }
    public IReadOnlyList<LinkPair> Decided { get; private set; } = [];
    public IReadOnlyList<LinkCluster> Clusters { get; private set; } = [];
    public ReferenceSnapshot Refs { get; private set; } = null!;
    public LinkDecisionForm Form { get; private set; } = new();
    public LinkingOptions Options => options;

    public async Task OnGetAsync()
    {
        await LoadAsync();
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.LinkCandidates, null, cancellationToken: HttpContext.RequestAborted,
            subjects: Candidates.Concat(Relations).Concat(Decided).SelectMany(p => new[] { p.A.Subject.Id, p.B.Subject.Id }).Concat(Clusters.SelectMany(c => c.SubjectIds)));
    }

    public async Task<IActionResult> OnPostDecideAsync(int linkId, int version, LinkStatus? decision, string? reason)
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
            await LoadAsync();
            return Page();
        }
        TempData["Message"] = LinkLabels.Saved(decision!.Value);
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Refs = await ReferenceSnapshot.LoadAsync(db, ct);
        var visible = await LinkVisibility.LoadAsync(db, User, ct);
        var links = LinksToDecide.Visible(db, visible);
        var candidates = LinksToDecide.Open(links, LinkKind.SamePerson);
        var relations = LinksToDecide.Open(links, LinkKind.Related);
        CandidateCount = await candidates.CountAsync(ct);
        RelationCount = await relations.CountAsync(ct);
        var top = await candidates.OrderByDescending(l => l.Score).ThenBy(l => l.Id).Take(PageSize).ToListAsync(ct);
        var topRelations = await relations.OrderByDescending(l => l.Score).ThenBy(l => l.Id).Take(PageSize).ToListAsync(ct);
        var decided = await links.Where(l => l.Status != LinkStatus.Candidate)
            .OrderByDescending(l => l.DecidedAt).ThenByDescending(l => l.Id).Take(20).ToListAsync(ct);
        var sides = await LinkSide.LoadAsync(db, top.Concat(topRelations).Concat(decided).SelectMany(l => new[] { l.SubjectAId, l.SubjectBId }), Refs, ct);
        Candidates = top.Select(l => new LinkPair(l, sides[l.SubjectAId], sides[l.SubjectBId])).ToList();
        Relations = topRelations.Select(l => new LinkPair(l, sides[l.SubjectAId], sides[l.SubjectBId])).ToList();
        Decided = decided.Select(l => new LinkPair(l, sides[l.SubjectAId], sides[l.SubjectBId])).ToList();
        Clusters = visible.Filter(await LinkClusters.AllAsync(db, options, ct));
    }
}

/// <summary>What was typed in the decision form of one pair, kept when the decision could not be saved.</summary>
public sealed record LinkDecisionForm(int LinkId = 0, string? Reason = null, string? Error = null);
