using System.Globalization;

namespace Schakel.Core.Figures;

public sealed record DisplayRow(string Label, IReadOnlyList<string> Cells, string? Total);

public sealed record DisplayTable(FigureTable Source, IReadOnlyList<DisplayRow> Rows, IReadOnlyList<string>? ColumnTotals, string? GrandTotal, bool AnyHidden)
{
    public string Key => Source.Key;
    public string Caption => Source.Caption;
    public string RowHeader => Source.RowHeader;
    public IReadOnlyList<string> Columns => Source.Columns;
}

/// <summary>
/// Statistical disclosure control for figures shown outside the case team.
/// Rule 1: every count from 1 to 4 is shown as "&lt;5".
/// Rule 2: a total (of a row, a column or the whole table) is shown only when none of the counts it adds up is
/// hidden; otherwise it reads "afgeschermd". A rounded total still narrows a hidden cell down, sometimes to one value
/// (a total rounded to fives exposes a hidden 4 next to a 9), so the total is withheld instead of rounded.
/// </summary>
public static class Disclosure
{
    public const int Threshold = 5;
    public const string Small = "<5";
    public const string Withheld = "afgeschermd";

    public static bool IsHidden(int count) => count is > 0 and < Threshold;

    public static string Show(int count, bool suppress) =>
        suppress && IsHidden(count) ? Small : count.ToString(CultureInfo.InvariantCulture);

    public static DisplayTable Apply(FigureTable table, bool suppress)
    {
        var hidden = table.Rows.Select(r => r.Values.Select(v => suppress && IsHidden(v)).ToArray()).ToArray();
        var rows = table.Rows.Select((r, i) => new DisplayRow(
            r.Label,
            r.Values.Select(v => Show(v, suppress)).ToArray(),
            table.HasRowTotals ? Total(r.Values.Sum(), hidden[i].Any(h => h), suppress) : null)).ToArray();
        var anyHidden = hidden.Any(r => r.Any(h => h));
        var columnTotals = Enumerable.Range(0, table.Columns.Count)
            .Select(c => Total(table.ColumnTotal(c), hidden.Any(r => r[c]), suppress)).ToArray();
        var grand = table.HasRowTotals ? Total(table.GrandTotal, anyHidden, suppress) : null;
        return new DisplayTable(table, rows, columnTotals, grand, anyHidden);
    }

    /// <summary>A total that adds up a hidden count is withheld; a total of only shown counts may itself be small.</summary>
    private static string Total(int value, bool addsHidden, bool suppress) =>
        addsHidden ? Withheld : Show(value, suppress);
}
