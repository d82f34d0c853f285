using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Linking;

/// <summary>A possible link as shown on a signal: the other side only when the reader may see that signal.</summary>
public sealed record RelatedItem(SubjectLink Link, Subject? Other, Signal? OtherSignal)
{
    public bool Visible => Other is not null;
}

public sealed record RelatedSubject(Subject Subject, IReadOnlyList<RelatedItem> Items)
{
    public int HiddenCount => Items.Count(i => !i.Visible);
}

public sealed record PossiblyRelatedModel(IReadOnlyList<RelatedSubject> Subjects, bool CanAssess);

/// <summary>
/// "Mogelijk verwant" on the signal page: per person the candidate and confirmed links found when the signal or person
/// was stored. An AF sees the other signal only when it is one of their own; otherwise just that a link exists
/// elsewhere and that the ketenregisseur assesses it.
/// </summary>
public sealed class PossiblyRelatedViewComponent(SchakelDb db, AuditLog audit, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Signal signal)
    {
        var ct = HttpContext.RequestAborted;
        var user = HttpContext.User;
        var ids = signal.Subjects.Select(s => s.Id).ToList();
        var links = await db.Set<SubjectLink>().AsNoTracking()
            .Where(l => l.Status != LinkStatus.Rejected && (ids.Contains(l.SubjectAId) || ids.Contains(l.SubjectBId)))
            .OrderByDescending(l => l.Status).ThenByDescending(l => l.Score).ToListAsync(ct);
        var otherIds = links.SelectMany(l => new[] { l.SubjectAId, l.SubjectBId }).Where(id => !ids.Contains(id)).Distinct().ToList();
        var others = await db.Subjects.AsNoTracking().Where(s => otherIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var signalIds = others.Values.Select(s => s.SignalId).Distinct().ToList();
        var signals = await db.Signals.AsNoTracking().Include(s => s.Municipality).Where(s => signalIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);

        var scope = await AccessScope.LoadAsync(db, user, ct);
        var shown = new SortedSet<int>();
        var result = new List<RelatedSubject>();
        foreach (var subject in signal.Subjects)
        {
            var items = new List<RelatedItem>();
            foreach (var link in links.Where(l => l.SubjectAId == subject.Id || l.SubjectBId == subject.Id))
            {
                var other = others[link.Other(subject.Id)];
                var otherSignal = signals[other.SignalId];
                // Someone who may not see the other signal learns only that a possible link exists, never to which signal or person.
                if ((await authorization.AuthorizeAsync(user, new SignalInScope(otherSignal, scope), SignalOperations.Read)).Succeeded)
                {
                    items.Add(new RelatedItem(link, other, otherSignal));
                    shown.Add(other.Id);
                }
                else
                {
                    items.Add(new RelatedItem(link, null, null));
                }
            }
            result.Add(new RelatedSubject(subject, items));
        }
        if (shown.Count > 0)
        {
            await audit.RecordAsync(AuditAction.Read, AuditRecordType.Signal, signal.Id.ToString(CultureInfo.InvariantCulture),
                details: "mogelijk verwant, personen " + string.Join(",", shown), cancellationToken: ct, subjects: shown);
        }
        return View("~/Features/Linking/_PossiblyRelated.cshtml", new PossiblyRelatedModel(result, (await authorization.AuthorizeAsync(user, Policies.LinkAssessment)).Succeeded));
    }
}
