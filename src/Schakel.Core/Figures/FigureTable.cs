namespace Schakel.Core.Figures;

public sealed record FigureRow(string Label, IReadOnlyList<int> Values);

/// <summary>
/// One dashboard table of exact counts: rows by a category, one column per counted population (e.g. meldingen and
/// adviesvragen). Masking happens later, in <see cref="Disclosure"/>, so the exact figures stay testable.
/// </summary>
public sealed record FigureTable(string Key, string Caption, string RowHeader, IReadOnlyList<string> Columns, IReadOnlyList<FigureRow> Rows, string? Note = null, bool AddsUp = true)
{
    /// <summary>
    /// Totals are shown per row and per column only when the table has more than one of them to add up, and only when
    /// the columns are separate populations (not when one column is a part of another or people can be in both).
    /// </summary>
    public bool HasRowTotals => AddsUp && Columns.Count > 1;

    public int ColumnTotal(int column) => Rows.Sum(r => r.Values[column]);

    public int GrandTotal => Rows.Sum(r => r.Values.Sum());

    public int? Find(string rowLabel, int column = 0) => Rows.FirstOrDefault(r => r.Label == rowLabel)?.Values[column];
}
