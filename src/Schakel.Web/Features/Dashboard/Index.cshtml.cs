using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Figures;
using Schakel.Core.Organisations;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Dashboard;

public sealed record Bar(string Label, string Text, double Height);

/// <summary>Nature and extent of the region or one municipality over a period; counts only, no personal data.</summary>
[Authorize(Policy = Policies.Aggregates)]
public sealed class IndexModel(SchakelDb db, FigureQueries queries, FigureCache cache, TimeProvider clock) : PageModel
{
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
        var (filter, errors) = FigureFilter.Parse(From, To, Municipality, null, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        foreach (var (key, message) in errors)
        {
            ModelState.AddModelError(key == "from" ? nameof(From) : key == "to" ? nameof(To) : nameof(Municipality), message);
        }
        if (filter is null)
        {
            return;
        }
        From = filter.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        To = filter.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        ExportQuery = $"from={From}&to={To}&municipality={filter.MunicipalityId}";
        Suppressed = DashboardEndpoints.Suppress(User);
        var set = await cache.GetAsync(filter, () => queries.BuildAsync(filter, ct));
        Tables = set.Tables.Select(t => Disclosure.Apply(t, Suppressed)).ToList();
        Charts = set.Tables.Where(t => t.Key != FigureSet.Quarter && t.Rows.Count > 0)
            .ToDictionary(t => t.Key, t => t.Key == FigureSet.Flows ? SvgCharts.FlowBars(t, Suppressed) : BarChart.ForTable(t, Suppressed));
        var quarters = set[FigureSet.Quarter];
        Remarks = TrendRemarks.For(quarters.Rows.Select(r => (r.Label, r.Values[0])).ToList(), "meldingen", Suppressed);
        // A hidden count gets no bar: its height would give the number away.
        var max = Math.Max(1, quarters.Rows.Max(r => Suppressed && Disclosure.IsHidden(r.Values[0]) ? 0 : r.Values[0]));
        Bars = quarters.Rows.Select(r => new Bar(r.Label, Disclosure.Show(r.Values[0], Suppressed),
            Suppressed && Disclosure.IsHidden(r.Values[0]) ? 0 : 150.0 * r.Values[0] / max)).ToList();
    }
}
