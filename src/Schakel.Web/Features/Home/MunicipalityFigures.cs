using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Figures;
using Schakel.Core.Organisations;
using Schakel.Web.Features.Dashboard.Aggregates;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Home;

/// <summary>
/// The start page's signals per municipality for one calendar year, published like the dashboard (the same cell, so
/// the same number). Every municipality is listed, also at zero: a list that leaves some out tells they are zero.
/// </summary>
public static class MunicipalityFigures
{
    public static async Task<List<(string Municipality, string Count)>> ForYearAsync(SchakelDb db, int year, CellKeys? keys, CancellationToken ct)
    {
        await new FigureAggregator(db).RefreshAsync(ct);
        var municipalities = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Municipality)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var counts = await db.Set<FigureMonthCount>().AsNoTracking()
            .Where(c => c.Dimension == FigureDimension.Municipality && c.Month >= year * 100 + 1 && c.Month <= year * 100 + 12)
            .GroupBy(c => c.Code).Select(g => new { Code = g.Key, N = g.Sum(c => c.N), S = g.Sum(c => c.IdSum) }).ToListAsync(ct);
        return municipalities.Select(m =>
        {
            var count = counts.FirstOrDefault(c => c.Code == m.Id.ToString(CultureInfo.InvariantCulture));
            return (m.Name, Disclosure.Show(count?.N ?? 0, count?.S ?? 0, "signal", keys));
        }).ToList();
    }
}
