using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Admin.RoleRequests;

/// <summary>The second person's view: roles that see personal data, asked for by an administrator, to approve or reject.</summary>
[Authorize(Policy = Policies.RoleRequestReview)]
public sealed class IndexModel(SchakelDb db, RoleRequestService requests) : PageModel
{
    public sealed record Row(int Id, string Account, string Organisation, string Role, string RequestedBy, DateTimeOffset RequestedAt, RoleRequestStatus Status, string? DecidedBy);

    public List<Row> Pending { get; private set; } = [];
    public List<Row> Decided { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostApproveAsync(int id) => await DecideAsync(id, true);

    public async Task<IActionResult> OnPostRejectAsync(int id) => await DecideAsync(id, false);

    private async Task<IActionResult> DecideAsync(int id, bool approve)
    {
        var outcome = await requests.DecideAsync(id, approve, User, HttpContext.RequestAborted);
        switch (outcome)
        {
            case RoleDecision.NotFound:
                return NotFound();
            case RoleDecision.OwnRequest:
                ModelState.AddModelError("", "U kunt geen verzoek beoordelen dat u zelf hebt gedaan of dat over uw eigen account gaat.");
                break;
            case RoleDecision.ApproverReset:
                ModelState.AddModelError("", "Uw wachtwoord of tweestapsverificatie is kort geleden teruggezet door de beheerder die dit verzoek deed. Laat een andere ketenregisseur of functionaris gegevensbescherming beslissen.");
                break;
            case RoleDecision.Conflict:
                ModelState.AddModelError("", RoleSeparation.ConflictMessage);
                break;
            case RoleDecision.AlreadyDecided:
                ModelState.AddModelError("", "Over dit verzoek is al beslist.");
                break;
            default:
                TempData["Message"] = approve ? "Het verzoek is goedgekeurd; de rol is nu actief." : "Het verzoek is afgewezen.";
                return RedirectToPage();
        }
        Response.StatusCode = outcome is RoleDecision.OwnRequest or RoleDecision.ApproverReset ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var region = requests.AccountsOfRegion(User);
        var all = await db.Set<RoleRequest>().AsNoTracking()
            .Where(r => region.Contains(r.UserId))
            .Where(r => r.Status == RoleRequestStatus.Pending || r.DecidedAt != null)
            .OrderByDescending(r => r.Id).Take(200).ToListAsync(HttpContext.RequestAborted);
        var userIds = all.SelectMany(r => new[] { r.UserId, r.RequestedById, r.DecidedById ?? "" }).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, Organisation = u.Organisation!.Name }).ToDictionaryAsync(u => u.Id, HttpContext.RequestAborted);
        Row ToRow(RoleRequest r) => new(r.Id, people.GetValueOrDefault(r.UserId)?.DisplayName ?? "(verwijderd)", people.GetValueOrDefault(r.UserId)?.Organisation ?? "",
            Roles.Label(r.Role), people.GetValueOrDefault(r.RequestedById)?.DisplayName ?? "(verwijderd)", r.RequestedAt, r.Status,
            r.DecidedById is null ? null : people.GetValueOrDefault(r.DecidedById)?.DisplayName);
        Pending = all.Where(r => r.Status == RoleRequestStatus.Pending).OrderBy(r => r.RequestedAt).Select(ToRow).ToList();
        Decided = all.Where(r => r.Status != RoleRequestStatus.Pending).Take(50).Select(ToRow).ToList();
    }
}
