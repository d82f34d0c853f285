using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Dashboard.Aggregates;

/// <summary>Month keys (year * 100 + month of the Dutch date) and their time ranges: a signal received at 00:30 on
/// 1 February in the Netherlands counts in February, although it is still January in UTC.</summary>
public static class FigureMonths
{
    public static int Of(DateTimeOffset at)
    {
        var day = DutchTime.Day(at);
        return day.Year * 100 + day.Month;
    }

    public static int Of(DateOnly day) => day.Year * 100 + day.Month;

    public static DateOnly FirstDay(int month) => new(month / 100, month % 100, 1);

    public static DateTimeOffset Start(int month) => DutchTime.StartOfDay(FirstDay(month));

    public static DateTimeOffset End(int month) => DutchTime.StartOfDay(FirstDay(month).AddMonths(1));

    /// <summary>
    /// Splits [start, end) at month boundaries: whole months (read from the counts) and the parts of months at the
    /// edges (counted from the signals themselves).
    /// </summary>
    public static (List<int> Whole, List<(int Month, DateTimeOffset From, DateTimeOffset To)> Parts) Split(DateTimeOffset start, DateTimeOffset end)
    {
        var whole = new List<int>();
        var parts = new List<(int, DateTimeOffset, DateTimeOffset)>();
        for (var month = Of(start); Start(month) < end; month = Of(FirstDay(month).AddMonths(1)))
        {
            var from = Start(month) > start ? Start(month) : start;
            var to = End(month) < end ? End(month) : end;
            if (from == Start(month) && to == End(month))
            {
                whole.Add(month);
            }
            else if (from < to)
            {
                parts.Add((month, from, to));
            }
        }
        return (whole, parts);
    }
}
