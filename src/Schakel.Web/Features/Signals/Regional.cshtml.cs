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
    public SortOrder Order { get; private set; } = SortOrder.Default;
    /// <summary>The per-municipality table sorts on its own keys, so both tables on the page keep their order.</summary>
    public SortOrder CountOrder { get; private set; } = SortOrder.Default;
    public List<(string Municipality, int New, int InProgress, int Table)> PerMunicipality { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var open = db.Signals.VisibleSignals(User, await AccessScope.LoadAsync(db, User, HttpContext.RequestAborted)).Where(s => s.Status == SignalStatus.New || s.Status == SignalStatus.InProgress || s.Status == SignalStatus.AwaitingTriage || s.Status == SignalStatus.RegisteredForTable);
        Order = SortOrder.From(Request, SignalRow.Columns);
        CountOrder = SortOrder.FromParameter(Request, "telling", "gemeente", "nieuw", "behandeling", "tafel");
        Open = await SignalRow.Query(open, Order).Take(500).ToListAsync();
        var counts = await open.GroupBy(s => new { Name = s.Municipality != null ? s.Municipality.Name : "(geen gemeente)", s.Status })
            .Select(g => new { g.Key.Name, g.Key.Status, Count = g.Count() }).ToListAsync();
        var perMunicipality = counts.GroupBy(c => c.Name)
            .Select(g => (Municipality: g.Key,
                New: g.Where(x => x.Status == SignalStatus.New).Sum(x => x.Count),
                InProgress: g.Where(x => x.Status == SignalStatus.InProgress).Sum(x => x.Count),
                // A signal waiting for the chain director's triage counts as registered for the table: the municipality handed it on.
                Table: g.Where(x => x.Status == SignalStatus.RegisteredForTable || x.Status == SignalStatus.AwaitingTriage).Sum(x => x.Count)));
        PerMunicipality = (CountOrder.Column switch
        {
            "nieuw" => CountOrder.By(perMunicipality, r => r.New),
            "behandeling" => CountOrder.By(perMunicipality, r => r.InProgress),
            "tafel" => CountOrder.By(perMunicipality, r => r.Table),
            "gemeente" => CountOrder.By(perMunicipality, r => r.Municipality),
            _ => perMunicipality.OrderBy(r => r.Municipality),
        }).ToList();
    }
}
