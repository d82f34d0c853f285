using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Audit;
using Schakel.Core.Care;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Features.Table;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Care;

public sealed record CareFileRow(int Id, string CaseReference, string? Name, CareFileStatus Status, DateTimeOffset OpenedAt, int OpenNeeds, DateOnly? NextEvaluation, int SubjectId);

public sealed record AwaitingRow(int CaseId, string CaseReference, int SubjectId, string? Name);

/// <summary>"Mijn zorgdossiers": the files this care coordinator keeps, and victims at their tables still without one.</summary>
[Authorize(Policy = Policies.CareFiles)]
public sealed class IndexModel(SchakelDb db, TableDirectory directory, AuditLog audit) : PageModel
{
    public List<CareFileRow> Files { get; private set; } = [];
    public List<AwaitingRow> Awaiting { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var me = User.UserId();
        Files = await (from f in db.Set<CareFile>()
                       join c in db.Set<TableCase>() on f.CaseId equals c.Id
                       join s in db.Subjects on f.SubjectId equals s.Id
                       where f.CoordinatorUserId == me
                       orderby f.Status, f.OpenedAt descending
                       select new CareFileRow(f.Id, c.Reference, s.FullName, f.Status, f.OpenedAt,
                           f.Needs.Count(n => n.Status == NeedStatus.Open || n.Status == NeedStatus.InProgress),
                           f.Goals.Where(g => g.Status == GoalStatus.Open).Min(g => (DateOnly?)g.EvaluateOn), s.Id))
            .ToListAsync(ct);
        var tableIds = (await directory.TablesOfAsync(User, ct)).Select(t => t.Id).ToList();
        Awaiting = await (from c in db.Set<TableCase>()
                          where tableIds.Contains(c.TableId) && c.ClosedAt == null
                              && c.Tracks.Any(t => (t.Kind == TrackKind.Care || t.Kind == TrackKind.CareAndCriminal) && t.Status == TrackStatus.Open)
                          join g in db.Signals on c.Id equals g.CaseId
                          join s in db.Subjects on g.Id equals s.SignalId
                          where s.Role == SubjectRole.PossibleVictim && !db.Set<CareFile>().Any(f => f.CaseId == c.Id && f.SubjectId == s.Id)
                          orderby c.OpenedAt
                          select new AwaitingRow(c.Id, c.Reference, s.Id, s.FullName))
            .ToListAsync(ct);
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.CareFile, null, details: $"lijst {Files.Count}", cancellationToken: ct,
            subjects: Files.Select(f => f.SubjectId).Concat(Awaiting.Select(a => a.SubjectId)));
    }
}
