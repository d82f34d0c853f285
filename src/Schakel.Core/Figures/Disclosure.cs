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
/// Statistical disclosure control for figures shown outside the case team (the cell-key method, see
/// docs/decisions/figures-disclosure-control.md). Every published number, cell or total, is the perturbed count of the
/// records it stands for: a count of 0 to 4 reads "&lt;5", a larger one is moved by at most <see cref="Perturbation.MaxNoise"/>
/// by noise that depends only on the set of records. A total is perturbed on its own, so a total minus the other
/// cells, or one period minus another, never gives a hidden count exactly; and asking again gives the same numbers.
/// </summary>
public static class Disclosure
{
    public const int Threshold = 5;
    public const string Small = "<5";

    /// <summary>Kept for counts that are not published at all outside the case team.</summary>
    public const string Withheld = "afgeschermd";

    public static bool IsHidden(int count) => count is > 0 and < Threshold;

    /// <summary>One published count; <paramref name="keys"/> null means the viewer sees exact counts.</summary>
    public static string Show(int count, long idSum, string unit, CellKeys? keys) =>
        keys is null ? Text(count) : Perturbation.Publish(count, keys.Of(unit, count, idSum)) is { } shown ? Text(shown) : Small;

    /// <param name="keys">The cell keys for a viewer outside the case team; null for exact counts.</param>
    public static DisplayTable Apply(FigureTable table, CellKeys? keys)
    {
        string Cell(int count, long idSum) => Show(count, idSum, table.Unit, keys);
        var rows = table.Rows.Select(r => new DisplayRow(
            r.Label,
            r.Values.Select((v, c) => Cell(v, r.IdSum(c))).ToArray(),
            table.HasRowTotals ? Cell(r.Values.Sum(), Enumerable.Range(0, r.Values.Count).Sum(r.IdSum)) : null)).ToArray();
        var columnTotals = Enumerable.Range(0, table.Columns.Count).Select(c => Cell(table.ColumnTotal(c), table.ColumnIdSum(c))).ToArray();
        var grand = table.HasRowTotals ? Cell(table.GrandTotal, Enumerable.Range(0, table.Columns.Count).Sum(table.ColumnIdSum)) : null;
        var anyHidden = rows.Any(r => r.Cells.Contains(Small));
        return new DisplayTable(table, rows, columnTotals, grand, anyHidden);
    }

    /// <summary>The number a published text stands for; null for "&lt;5" or a withheld value.</summary>
    public static int? Value(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}
