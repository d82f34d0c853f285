namespace Schakel.Core.Figures;

/// <summary>One bar: its label, the text printed at its end (masked like the table) and its length from 0 to 1.</summary>
public sealed record ChartBar(string Label, string Text, double Length);

/// <summary>
/// Bars for a server-drawn chart of one value per row. The chart is only a picture of its table: it is drawn from the
/// published texts, so it can never show more than the table beside it. A "&lt;5" gets no bar at all; the scale is
/// taken from the counts that are shown.
/// </summary>
public static class BarChart
{
    public static IReadOnlyList<ChartBar> Bars(IReadOnlyList<(string Label, string Text)> values)
    {
        var max = Math.Max(1, values.Select(v => Disclosure.Value(v.Text) ?? 0).DefaultIfEmpty(0).Max());
        return values.Select(v => new ChartBar(v.Label, v.Text, (double)(Disclosure.Value(v.Text) ?? 0) / max)).ToList();
    }

    /// <summary>One bar per row: of the single column, or of the row total when the columns add up.</summary>
    public static IReadOnlyList<ChartBar> ForTable(DisplayTable table) =>
        Bars(table.Rows.Select(r => (r.Label, table.Source.HasRowTotals ? r.Total! : r.Cells[0])).ToList());
}
