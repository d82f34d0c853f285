namespace Schakel.Core.Figures;

/// <summary>Plain-language remarks where a quarterly count moved sharply, so a reader need not study the chart.</summary>
public static class TrendRemarks
{
    /// <summary>A move counts as sharp when it is at least this many signals ...</summary>
    public const int MinimumDifference = 5;
    /// <summary>... and at least this fraction of the earlier quarter (a rise from zero always qualifies).</summary>
    public const double MinimumFraction = 0.5;

    public static bool IsSharp(int before, int after)
    {
        var diff = Math.Abs(after - before);
        return diff >= MinimumDifference && (before == 0 || diff >= before * MinimumFraction);
    }

    /// <param name="series">Quarter label with its published count, in time order.</param>
    /// <remarks>
    /// Works on the published texts only, so whether a remark appears tells nothing the table does not: a "&lt;5"
    /// counts as 0 for the decision.
    /// </remarks>
    public static IReadOnlyList<string> For(IReadOnlyList<(string Label, string Text)> series, string what)
    {
        var remarks = new List<string>();
        for (var i = 1; i < series.Count; i++)
        {
            var (prevLabel, beforeText) = series[i - 1];
            var (label, afterText) = series[i];
            var before = Disclosure.Value(beforeText) ?? 0;
            var after = Disclosure.Value(afterText) ?? 0;
            if (!IsSharp(before, after))
            {
                continue;
            }
            var direction = after > before ? "flink meer" : "flink minder";
            remarks.Add($"In {label} kwamen er {direction} {what} binnen dan in {prevLabel}: van {beforeText} naar {afterText}.");
        }
        return remarks;
    }
}
