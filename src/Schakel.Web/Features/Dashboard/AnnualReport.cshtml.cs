using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Schakel.Core.Figures;
using Schakel.Web.Infrastructure.Security;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Dashboard;

/// <summary>The annual evaluation report as a printable page: aggregate figures only, masked outside the case team.</summary>
[Authorize(Policy = Policies.Aggregates)]
[EnableRateLimiting(RateLimits.Figures)]
public sealed class AnnualReportModel(AnnualReportQueries queries, FigureDisclosure disclosure, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "jaar")] public string? Year { get; set; }

    public AnnualReport? Report { get; private set; }
    public bool Suppressed { get; private set; }
    public bool ShowsBasicLevel { get; private set; }

    private CellKeys? _keys;

    public DisplayTable Table(FigureTable table) => Disclosure.Apply(table, _keys);

    public DisplayTable Table(string key) => Table(Report!.Figures[key]);

    public IReadOnlyList<ChartBar> Chart(FigureTable table) => BarChart.ForTable(Table(table));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var thisYear = DutchTime.Today(clock).Year;
        var year = thisYear;
        if (!string.IsNullOrWhiteSpace(Year)
            && (!int.TryParse(Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year) || year < 2000 || year > thisYear))
        {
            ModelState.AddModelError(nameof(Year), $"Kies een jaar van 2000 tot en met {thisYear}.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Year = year.ToString(CultureInfo.InvariantCulture);
        _keys = await disclosure.ForAsync(HttpContext);
        Suppressed = _keys is not null;
        ShowsBasicLevel = await HttpContext.Guard().AllowsAsync(User, Policies.BasicLevelOverview);
        Report = await queries.BuildAsync(year, ShowsBasicLevel, ct);
        return Page();
    }
}
