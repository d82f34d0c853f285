using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Schakel.Web.Features.Import;

internal sealed partial class XlsxSheet
{
    private readonly List<MergedArea> _merged = [];

    /// <summary>The sheet's row count and merged areas, hopping over its data.</summary>
    private void ReadLayout()
    {
        var guard = Open(_sheet);
        using var reader = Reader(guard);
        long cellsMerged = 0;
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }
            if (reader.ElementType == typeof(SheetData))
            {
                // The rows themselves say how many there are; the sheet's dimension element is left out of it, since
                // not every program writes one and some write a stale one.
                RowsEstimate = Math.Min(SkipRows(reader, guard), SheetLimits.MaxRows);
            }
            else if (reader.ElementType == typeof(MergeCell))
            {
                var reference = reader.Attributes.FirstOrDefault(a => a.LocalName == "ref").Value ?? "";
                if (MergedArea.Parse(reference) is not { } area)
                {
                    continue;
                }
                cellsMerged += area.Cells;
                if (_merged.Count >= SheetLimits.MaxMergedAreas || cellsMerged > SheetLimits.MaxMergedCells)
                {
                    throw new ImportFileException(SheetLimits.TooManyMergedAreas);
                }
                _merged.Add(area);
            }
        }
        foreach (var m in _merged.Take(20))
        {
            var (first, last) = (ImportColumn.LetterOf(m.Col1), ImportColumn.LetterOf(m.Col2));
            var area = $"{first}{m.Row1}:{last}{m.Row2}";
            Messages.Add($"Rij {m.Row1}{(m.Row2 > m.Row1 ? $"-{m.Row2}" : "")}, kolom {first}{(m.Col2 > m.Col1 ? $"-{last}" : "")}: samengevoegde cellen ({area}); elke cel krijgt de waarde van de eerste cel ({first}{m.Row1}). Controleer of dat klopt, of maak de samenvoeging ongedaan.");
        }
        if (_merged.Count > 20)
        {
            Messages.Add($"En nog {_merged.Count - 20} samengevoegde gebieden, op dezelfde manier gelezen.");
        }
    }

    /// <summary>
    /// Hops from row to row without loading them, noting each row's number so that a value too long to hold is refused
    /// with the row it is in. Returns the last row's number (0 for no rows).
    /// </summary>
    private static int SkipRows(OpenXmlReader reader, SheetBudgetStream guard)
    {
        if (!reader.ReadFirstChild())
        {
            return 0;
        }
        var number = 0;
        do
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                var reference = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                number = reference is null ? number + 1 : ImportFileReader.RowIndex(reference);
                var row = number;
                guard.TextTooLong = () => SheetLimits.TextTooLong(row);
            }
        }
        while (reader.ReadNextSibling());
        return number;
    }

    /// <summary>A merged area, 1-based rows and 0-based columns, inside Excel's sheet.</summary>
    internal sealed record MergedArea(int Row1, int Col1, int Row2, int Col2)
    {
        public long Cells => (long)(Row2 - Row1 + 1) * (Col2 - Col1 + 1);

        /// <summary>"B3:D5"; null for a reference Excel would not write (one cell, reversed, beyond the sheet).</summary>
        public static MergedArea? Parse(string reference)
        {
            var parts = reference.Split(':');
            if (parts.Length != 2)
            {
                return null;
            }
            var area = new MergedArea(ImportFileReader.RowIndex(parts[0]), ImportFileReader.ColumnIndex(parts[0]),
                ImportFileReader.RowIndex(parts[1]), ImportFileReader.ColumnIndex(parts[1]));
            return area.Row1 >= 1 && area.Row2 >= area.Row1 && area.Row2 <= SheetLimits.MaxRows
                && area.Col1 >= 0 && area.Col2 >= area.Col1 && area.Col2 < SheetLimits.MaxColumns ? area : null;
        }
    }

    /// <summary>
    /// Gives every cell of a merged area the value of its first cell. The areas are sorted by their first row, so a row
    /// looks only at the areas it lies in, not at all of them.
    /// </summary>
    private sealed class MergedFill(IEnumerable<MergedArea> areas)
    {
        private readonly Queue<MergedArea> _waiting = new(areas.OrderBy(a => a.Row1));
        private readonly List<(MergedArea Area, string? Value)> _open = [];

        public void Fill(int number, List<string?> cells)
        {
            _open.RemoveAll(o => o.Area.Row2 < number);
            while (_waiting.TryPeek(out var next) && next.Row1 <= number)
            {
                _waiting.Dequeue();
                if (next.Row2 >= number)
                {
                    // An area whose first row is missing from the file has no value to spread.
                    _open.Add((next, next.Row1 == number && next.Col1 < cells.Count ? cells[next.Col1] : null));
                }
            }
            foreach (var (area, value) in _open)
            {
                while (cells.Count <= area.Col2)
                {
                    cells.Add(null);
                }
                for (var c = area.Col1; c <= area.Col2; c++)
                {
                    cells[c] = value;
                }
            }
        }
    }
}
