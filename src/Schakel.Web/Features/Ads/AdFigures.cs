using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Ads;

/// <summary>Ads screened (imported), flagged, reviewed and acted upon in one period; counts only, no personal data.</summary>
public sealed record AdFigureRow(string Period, DateOnly From, DateOnly To, int Screened, int Flagged, int Reviewed, int Actions);

/// <summary>
/// The screening figures for the ads page, the dashboard and the annual report. An ad counts in the period it was
/// imported; "flagged" is its current flag (after the latest rescoring); reviews and actions count when they were made.
/// </summary>
public static class AdFigures
{
    /// <summary>Totals for [from, to] (inclusive dates, UTC).</summary>
    public static async Task<AdFigureRow> ForPeriodAsync(SchakelDb db, DateOnly from, DateOnly to, string label, CancellationToken ct)
    {
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var imports = db.Set<AdImportBatch>().Where(b => b.At >= start && b.At < end).Select(b => b.Id);
        var ads = db.Set<StoredAd>().Where(a => imports.Contains(a.ImportId));
        var screened = await ads.CountAsync(ct);
        var flagged = await ads.CountAsync(a => a.Flagged, ct);
        var reviews = await db.Set<AdReview>().Where(r => r.At >= start && r.At < end).Select(r => r.Outcome).ToListAsync(ct);
        return new AdFigureRow(label, from, to, screened, flagged, reviews.Count, reviews.Count(AdLabels.IsAction));
    }

    /// <summary>One row per calendar quarter of <paramref name="year"/> up to the current one, and the year's total.</summary>
    public static async Task<List<AdFigureRow>> QuartersAsync(SchakelDb db, int year, DateOnly today, CancellationToken ct)
    {
        var rows = new List<AdFigureRow>();
        for (var q = 0; q < 4; q++)
        {
            var from = new DateOnly(year, q * 3 + 1, 1);
            if (from > today)
            {
                break;
            }
            rows.Add(await ForPeriodAsync(db, from, from.AddMonths(3).AddDays(-1), $"{year} K{q + 1}", ct));
        }
        rows.Add(await ForPeriodAsync(db, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"{year} totaal", ct));
        return rows;
    }
}
