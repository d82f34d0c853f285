using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Signals;
using Schakel.Web.Features.Table.Contracts;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Home;

/// <summary>Start page: each role sees its own queue first.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(SchakelDb db, FigureDisclosure disclosure, TableDirectory tables, LinkingOptions linking, TimeProvider clock) : PageModel
{
    public List<AttentionCard> Cards { get; private set; } = [];
    public List<SignalRow> Queue { get; private set; } = [];
    public string QueueTitle { get; private set; } = "";
    public List<SignalRow> Mine { get; private set; } = [];
    public List<Notification> Notifications { get; private set; } = [];
    public List<Core.Table.TableAction> Overdue { get; private set; } = [];
    public List<(string Municipality, string Count)> Aggregates { get; private set; } = [];
    public int AggregatesYear { get; private set; }

    public async Task OnGetAsync()
    {
        var userId = User.UserId();
        Cards = await new AttentionCards(db, tables, linking, disclosure, clock).ForAsync(HttpContext, HttpContext.RequestAborted);
        Notifications = await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null).OrderByDescending(n => n.CreatedAt).Take(10).ToListAsync();

        Overdue = await OverdueActions.ForAsync(db, userId, clock, HttpContext.RequestAborted);

        if (PolicyRoles.SignalQueue.Any(User.IsInRole))
        {
            QueueTitle = User.IsInRole(Roles.ChainDirector) ? "Open meldingen in de regio" : $"Wachtrij {User.FindFirst(SchakelClaims.OrganisationName)?.Value}";
            Queue = await SignalRow.Query(db.Signals.VisibleSignals(User, await AccessScope.LoadAsync(db, User, HttpContext.RequestAborted)).Where(s => s.Status == SignalStatus.New || s.Status == SignalStatus.InProgress)).Take(25).ToListAsync();
        }
        else if (PolicyRoles.TablePartners.Any(User.IsInRole))
        {
            QueueTitle = "Aangemeld voor de regionale tafel en acute meldingen";
            Queue = await SignalRow.Query(db.Signals.VisibleSignals(User, await AccessScope.LoadAsync(db, User, HttpContext.RequestAborted)).Where(s => s.Status != SignalStatus.HandledLocally && s.Status != SignalStatus.Answered && s.Status != SignalStatus.ClosedByTable && s.Status != SignalStatus.ClosedInTriage)).Take(25).ToListAsync();
        }
        if (userId is not null)
        {
            Mine = await SignalRow.Query(db.Signals.Where(s => s.CreatedByUserId == userId)).Take(10).ToListAsync();
        }
        if (User.IsInRole(Roles.PolicyMaker))
        {
            AggregatesYear = clock.GetUtcNow().Year;
            Aggregates = await MunicipalityFigures.ForYearAsync(db, AggregatesYear, await disclosure.ForAsync(HttpContext), HttpContext.RequestAborted);
        }
    }
}
