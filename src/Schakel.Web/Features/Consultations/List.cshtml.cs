using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Consultations;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Consultations;

/// <summary>"Spoed-MDO's": the open consultations this user was invited to or started.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class ListModel(SchakelDb db, TimeProvider clock) : PageModel
{
    public sealed record Row(int Id, string Reference, DateTimeOffset AnswerBy, bool Started, ConsultationInvitation? Mine, int Answered, int Invited);

    public List<Row> Rows { get; private set; } = [];
    public SortOrder Order { get; private set; } = SortOrder.Default;
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync()
    {
        var userId = User.UserId() ?? "";
        var open = await db.Set<AcuteConsultation>().Include(c => c.Invitations).AsNoTracking()
            .Where(c => c.ClosedAt == null && (c.StartedByUserId == userId || c.Invitations.Any(i => i.UserId == userId)))
            .Select(c => new { c, c.Signal!.Reference }).ToListAsync(HttpContext.RequestAborted);
        var rows = open.Select(x => new Row(x.c.Id, x.Reference, x.c.AnswerBy, x.c.StartedByUserId == userId, x.c.InvitationOf(userId), x.c.Invitations.Count(i => i.HasAnswered), x.c.Invitations.Count));
        Order = SortOrder.From(Request, "melding", "termijn", "antwoorden");
        Rows = (Order.Column switch
        {
            "melding" => Order.By(rows, r => r.Reference),
            "antwoorden" => Order.By(rows, r => r.Answered).ThenBy(r => r.AnswerBy),
            "termijn" => Order.By(rows, r => r.AnswerBy),
            _ => rows.OrderBy(r => r.AnswerBy),
        }).ToList();
        Now = clock.GetUtcNow();
    }
}
