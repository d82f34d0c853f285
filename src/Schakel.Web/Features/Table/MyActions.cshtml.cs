using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table;

public sealed record ActionRow(TableAction Action, string? CaseReference, string? SignalReference);

/// <summary>Every user's own actions from the table, open ones first, overdue ones marked.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MyActionsModel(SchakelDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    public List<ActionRow> Actions { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public SortOrder Order { get; private set; } = SortOrder.Default;

    /// <summary>The action whose status change was refused, and the status this user chose for it.</summary>
    public int? RefusedAction { get; private set; }
    public ActionStatus? RefusedStatus { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostStatusAsync(int actionId, int version, ActionStatus status)
    {
        var ct = HttpContext.RequestAborted;
        var action = await db.Set<TableAction>().FirstOrDefaultAsync(a => a.Id == actionId, ct);
        if (action is null)
        {
            return NotFound();
        }
        if (await HttpContext.Guard().RefuseUnlessAsync(User, action.OwnerUserId == User.UserId(),
            Refusal.Hidden(AuditRecordType.TableAction, actionId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ct) is { } refused)
        {
            return refused;
        }
        var result = await ActionStatusChange.ApplyAsync(db, action, version, status, User, clock, ct);
        if (result is not null)
        {
            ModelState.AddModelError("", result);
            db.ChangeTracker.Clear();
            await LoadAsync();
            (RefusedAction, RefusedStatus) = (actionId, status);
            return Page();
        }
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.TableAction, actionId.ToString(), cancellationToken: ct);
        TempData["Message"] = $"Actie op '{TableLabels.Dutch(status).ToLowerInvariant()}' gezet.";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var userId = User.UserId();
        Today = DutchTime.Today(clock);
        var rows = await db.Set<TableAction>().Where(a => a.OwnerUserId == userId)
            .Select(a => new
            {
                Action = a,
                Case = db.Set<TableCase>().Where(c => c.Id == a.CaseId).Select(c => c.Reference).FirstOrDefault(),
                Signal = db.Signals.Where(s => s.Id == a.SignalId).Select(s => s.Reference).FirstOrDefault(),
            }).ToListAsync(HttpContext.RequestAborted);
        var actions = rows.Select(r => new ActionRow(r.Action, r.Case, r.Signal));
        Order = SortOrder.From(Request, "actie", "zaak", "uiterlijk", "status");
        Actions = (Order.Column switch
        {
            "actie" => Order.By(actions, r => r.Action.Description),
            "zaak" => Order.By(actions, r => r.CaseReference ?? r.SignalReference ?? "").ThenBy(r => r.Action.DueOn),
            "uiterlijk" => Order.By(actions, r => r.Action.DueOn),
            "status" => Order.By(actions, r => r.Action.Status).ThenBy(r => r.Action.DueOn),
            // Open first and, since the earliest due date comes first, the overdue ones on top.
            _ => actions.OrderBy(r => r.Action.Status).ThenBy(r => r.Action.DueOn),
        }).ToList();
    }
}
