using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Signals;

/// <summary>The signals this user filed: only whether each was picked up, never what happened next.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MineModel(SchakelDb db) : PageModel
{
    public sealed record Row(string Reference, DateTimeOffset ReceivedAt, bool PickedUp)
    {
        public Badge Badge => PickedUp ? new Badge("Opgepakt", BadgeTone.Ok) : new Badge("Nog niet opgepakt", BadgeTone.Neutral);
    }

    public List<Row> Rows { get; private set; } = [];
    public SortOrder Order { get; private set; } = SortOrder.Default;

    public async Task OnGetAsync()
    {
        var userId = User.UserId();
        Order = SortOrder.From(Request, "kenmerk", "ontvangen", "status");
        var mine = db.Signals.Where(s => s.CreatedByUserId == userId);
        var sorted = Order.Column switch
        {
            "kenmerk" => Order.By(mine, s => s.Reference),
            "ontvangen" => Order.By(mine, s => s.ReceivedAt),
            "status" => Order.By(mine, s => s.Status != SignalStatus.New).ThenByDescending(s => s.ReceivedAt),
            _ => mine.OrderByDescending(s => s.ReceivedAt),
        };
        Rows = await sorted.Select(s => new Row(s.Reference, s.ReceivedAt, s.Status != SignalStatus.New)).Take(100).ToListAsync(HttpContext.RequestAborted);
    }
}
