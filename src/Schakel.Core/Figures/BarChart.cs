namespace Schakel.Core.Figures;

/// <summary>One bar: its label, the text printed at its end (masked like the table) and its length from 0 to 1.</summary>
public sealed record ChartBar(string Label, string Text, double Length);

/// <summary>
/// Bars for a server-drawn chart of one value per row. The chart is only a picture of its table: the table is always
/// shown beside it. A masked count gets no bar at all, because its length would give the number away; the scale is
/// taken from the counts that are shown.
/// </summary>
public static class BarChart
{
    public static IReadOnlyList<ChartBar> Bars(IReadOnlyList<(string Label, int Value)> values, bool suppress)
    {
        bool Hidden(int v) => suppress && Disclosure.IsHidden(v);
        var max = Math.Max(1, values.Select(v => Hidden(v.Value) ? 0 : v.Value).DefaultIfEmpty(0).Max());
        return values.Select(v => new ChartBar(v.Label, Disclosure.Show(v.Value, suppress), Hidden(v.Value) ? 0 : (double)v.Value / max)).ToList();
    }

    /// <summary>One bar per row: of the single column, or of the row total when the columns add up.</summary>
    public static IReadOnlyList<ChartBar> ForTable(FigureTable table, bool suppress)
    {
        if (!table.HasRowTotals)
        {
            return Bars(table.Rows.Select(r => (r.Label, r.Values[0])).ToList(), suppress);
        }
        // A row total that adds up a hidden count is withheld in the table, so it gets no bar either.
        var withheld = table.Rows.Select(r => suppress && r.Values.Any(Disclosure.IsHidden)).ToList();
        var max = Math.Max(1, table.Rows.Select((r, i) => withheld[i] ? 0 : r.Values.Sum()).DefaultIfEmpty(0).Max());
        return table.Rows.Select((r, i) => withheld[i]
            ? new ChartBar(r.Label, Disclosure.Withheld, 0)
            : new ChartBar(r.Label, Disclosure.Show(r.Values.Sum(), suppress), (double)r.Values.Sum() / max)).ToList();
    }
}
