namespace Schakel.Core.Figures;

/// <summary>Summary of a set of throughput times in whole days.</summary>
public sealed record DurationSummary(int Count, double? Median, int? P80)
{
    /// <summary>Below this many cases a median or percentile comes close to one person's story, so outside the case team it is not shown.</summary>
    public const int MinimumToShow = Disclosure.Threshold;

    public string MedianText(bool suppress) => Text(Median is { } m ? m.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) : null, suppress);

    public string P80Text(bool suppress) => Text(P80?.ToString(System.Globalization.CultureInfo.InvariantCulture), suppress);

    public string CountText(bool suppress) => suppress && Count < Disclosure.Threshold ? Disclosure.Small : Count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string Text(string? value, bool suppress) =>
        Count == 0 ? "geen" : suppress && Disclosure.IsHidden(Count) ? "te weinig (<5)" : value + " dagen";
}

public static class Durations
{
    /// <summary>
    /// Median (the middle value, or the mean of the two middle values) and 80th percentile by the nearest-rank method
    /// (the smallest value with at least 80% of the values at or below it), so the percentile is always a real duration.
    /// </summary>
    public static DurationSummary Summarise(IEnumerable<int> days)
    {
        var sorted = days.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new DurationSummary(0, null, null);
        }
        var mid = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
        var rank = (int)Math.Ceiling(0.8 * sorted.Length);
        return new DurationSummary(sorted.Length, median, sorted[rank - 1]);
    }

    /// <summary>Whole days between two moments, never negative (a decision dated before receipt is a data error, counted as 0).</summary>
    public static int DaysBetween(DateTimeOffset from, DateTimeOffset to) => Math.Max(0, (int)Math.Floor((to - from).TotalDays));
}
