using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Figures;
using Schakel.Core.Organisations;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Dashboard;

public sealed record Bar(string Label, string Text, double Height);

/// <summary>Nature and extent of the region or one municipality over a period; counts only, no personal data.</summary>
[Authorize(Policy = Policies.Aggregates)]
[EnableRateLimiting(RateLimits.Figures)]
public sealed class IndexModel(SchakelDb db, FigureQueries queries, FigureCache cache, FigureDisclosure disclosure, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "period")] public string? Periode { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Municipality { get; set; }

    public IReadOnlyList<(int Id, string Name)> Municipalities { get; private set; } = [];
    public IReadOnlyList<DisplayTable> Tables { get; private set; } = [];
    public IReadOnlyList<string> Remarks { get; private set; } = [];
    public IReadOnlyList<Bar> Bars { get; private set; } = [];
    /// <summary>A bar chart per table (the flows as pairs); the quarter table has its own column chart.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ChartBar>> Charts { get; private set; } = new Dictionary<string, IReadOnlyList<ChartBar>>();
    public bool Suppressed { get; private set; }
    public string ExportQuery { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Municipalities = (await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Municipality && o.Active)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)).ToList();
        var (filter, errors) = FigureFilter.ParsePeriod(Periode, From, To, Municipality, null, DutchTime.Today(clock));
        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError(key == "municipality" ? nameof(Municipality) : nameof(Periode), message);
        }
        if (filter is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        Periode = filter.Period;
        ExportQuery = $"period={Periode}&municipality={filter.MunicipalityId}";
        var keys = await disclosure.ForAsync(HttpContext);
        Suppressed = keys is not null;
        var set = await cache.GetAsync(filter, () => queries.BuildAsync(filter, ct));
        Tables = set.Tables.Select(t => Disclosure.Apply(t, keys)).ToList();
        // Charts and remarks are drawn from the published tables, so they never tell more than the tables do.
        Charts = Tables.Where(t => t.Key != FigureSet.Quarter && t.Rows.Count > 0)
            .ToDictionary(t => t.Key, t => t.Key == FigureSet.Flows ? SvgCharts.FlowBars(t) : BarChart.ForTable(t));
        var quarters = Tables.Single(t => t.Key == FigureSet.Quarter);
        Remarks = TrendRemarks.For(quarters.Rows.Select(r => (r.Label, r.Cells[0])).ToList(), "meldingen");
        var max = Math.Max(1, quarters.Rows.Max(r => Disclosure.Value(r.Cells[0]) ?? 0));
        Bars = quarters.Rows.Select(r => new Bar(r.Label, r.Cells[0], 150.0 * (Disclosure.Value(r.Cells[0]) ?? 0) / max)).ToList();
    }
}
