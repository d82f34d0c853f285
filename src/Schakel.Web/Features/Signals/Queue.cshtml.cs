using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Signals;
using Schakel.Web.Features.Home;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Signals;

/// <summary>The municipal queue (the chain director's queue holds signals without a municipality).</summary>
[Authorize(Policy = Policies.SignalQueue)]
public sealed class QueueModel(SchakelDb db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; } = "open";
    [BindProperty(SupportsGet = true)] public SignalKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public bool AcuteOnly { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public List<SignalRow> Rows { get; private set; } = [];
    public string Title { get; private set; } = "";
    public SortOrder Order { get; private set; } = SortOrder.Default;

    public async Task OnGetAsync()
    {
        var query = db.Signals.VisibleSignals(User, await AccessScope.LoadAsync(db, User, HttpContext.RequestAborted));
        if (User.IsInRole(Roles.ChainDirector) && !User.IsInRole(Roles.AttentionOfficer))
        {
            Title = "Wachtrij ketenregisseur: meldingen zonder gemeente";
            query = query.Where(s => s.MunicipalityId == null);
        }
        else
        {
            Title = $"Wachtrij {User.FindFirst(SchakelClaims.OrganisationName)?.Value}";
            var org = User.OrganisationId();
            query = query.Where(s => s.MunicipalityId == org);
        }
        query = Status switch
        {
            "open" => query.Where(s => s.Status == SignalStatus.New || s.Status == SignalStatus.InProgress),
            "tafel" => query.Where(s => s.Status == SignalStatus.RegisteredForTable || s.Status == SignalStatus.AwaitingTriage),
            "afgerond" => query.Where(s => s.Status == SignalStatus.HandledLocally || s.Status == SignalStatus.Answered || s.Status == SignalStatus.ClosedByTable || s.Status == SignalStatus.ClosedInTriage),
            _ => query,
        };
        if (Kind is { } kind)
        {
            query = query.Where(s => s.Kind == kind);
        }
        if (AcuteOnly)
        {
            query = query.Where(s => s.IsAcute);
        }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            query = query.Where(s => s.Reference == q.ToUpper() || (s.Description != null && s.Description.Contains(q)));
        }
        Order = SortOrder.From(Request, SignalRow.Columns);
        Rows = await SignalRow.Query(query, Order).Take(200).ToListAsync();
    }
}
