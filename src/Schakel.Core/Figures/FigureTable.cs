namespace Schakel.Core.Figures;

/// <summary>One row of exact counts; <paramref name="IdSums"/> holds per value the sum of the ids of the records counted (for the cell key).</summary>
public sealed record FigureRow(string Label, IReadOnlyList<int> Values, IReadOnlyList<long>? IdSums = null)
{
    public long IdSum(int column) => IdSums is { } sums ? sums[column] : 0;
}

/// <summary>
/// One dashboard table of exact counts: rows by a category, one column per counted population (e.g. meldingen and
/// adviesvragen). Masking happens later, in <see cref="Disclosure"/>, so the exact figures stay testable.
/// <paramref name="Unit"/> names what the records are, for the cell key.
/// </summary>
public sealed record FigureTable(string Key, string Caption, string RowHeader, IReadOnlyList<string> Columns, IReadOnlyList<FigureRow> Rows, string? Note = null, bool AddsUp = true, string Unit = "signal")
{
    /// <summary>
    /// Totals are shown per row and per column only when the table has more than one of them to add up, and only when
    /// the columns are separate populations (not when one column is a part of another or people can be in both).
    /// </summary>
    public bool HasRowTotals => AddsUp && Columns.Count > 1;

    public int ColumnTotal(int column) => Rows.Sum(r => r.Values[column]);

    public long ColumnIdSum(int column) => Rows.Sum(r => r.IdSum(column));

    public int GrandTotal => Rows.Sum(r => r.Values.Sum());

    public int? Find(string rowLabel, int column = 0) => Rows.FirstOrDefault(r => r.Label == rowLabel)?.Values[column];
}
