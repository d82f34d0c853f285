using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Web.Features.Home;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Signals;

/// <summary>The chain director's view of every open signal in the own region, per municipality.</summary>
[Authorize(Policy = Policies.RegionalOverview)]
public sealed class RegionalModel(SchakelDb db) : PageModel
{
    public List<SignalRow> Open { get; private set; } = [];
    public List<(string Municipality, int New, int InProgress, int Table)> PerMunicipality { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var open = db.Signals.VisibleSignals(User, await AccessScope.LoadAsync(db, User, HttpContext.RequestAborted)).Where(s => s.Status == SignalStatus.New || s.Status == SignalStatus.InProgress || s.Status == SignalStatus.AwaitingTriage || s.Status == SignalStatus.RegisteredForTable);
        Open = await SignalRow.Query(open).Take(500).ToListAsync();
        var counts = await open.GroupBy(s => new { Name = s.Municipality != null ? s.Municipality.Name : "(geen gemeente)", s.Status })
            .Select(g => new { g.Key.Name, g.Key.Status, Count = g.Count() }).ToListAsync();
        PerMunicipality = counts.GroupBy(c => c.Name).OrderBy(g => g.Key)
            .Select(g => (g.Key,
                g.Where(x => x.Status == SignalStatus.New).Sum(x => x.Count),
                g.Where(x => x.Status == SignalStatus.InProgress).Sum(x => x.Count),
                // A signal waiting for the chain director's triage counts as registered for the table: the municipality handed it on.
                g.Where(x => x.Status == SignalStatus.RegisteredForTable || x.Status == SignalStatus.AwaitingTriage).Sum(x => x.Count))).ToList();
    }
}
