using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Schakel.Web.Features.Import;

/// <summary>
/// The first worksheet of an .xlsx, read with OpenXml's forward-only SAX reader: one row in memory at a time (plus the
/// shared strings, which Excel keeps in one table). Merged cells are read before the rows (they are listed after the
/// sheet data), and every cell of a merged area gets the value of its first cell, which the messages say.
/// </summary>
internal sealed class XlsxSheet : BufferedSheet
{
    private readonly Stream _stream;
    private readonly SpreadsheetDocument _document;
    private readonly WorksheetPart _sheet;
    private readonly List<string> _strings = [];
    private readonly List<(int Row1, int Col1, int Row2, int Col2)> _merged = [];

    public XlsxSheet(Stream stream)
    {
        _stream = stream;
        try
        {
            _document = SpreadsheetDocument.Open(stream, false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            throw new ImportFileException(ImportFileReader.NotASpreadsheet);
        }
        var workbook = _document.WorkbookPart ?? throw new ImportFileException(ImportFileReader.NotASpreadsheet);
        var first = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault()?.Id?.Value;
        if (first is null || workbook.GetPartById(first) is not WorksheetPart sheet)
        {
            throw new ImportFileException(ImportFileReader.EmptySheet);
        }
        _sheet = sheet;
        if (workbook.SharedStringTablePart is { } shared)
        {
            ReadSharedStrings(shared);
        }
        ReadLayout();
    }

    private void ReadSharedStrings(SharedStringTablePart part)
    {
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                // Rich text runs are joined; phonetic guides are not part of the value.
                _strings.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)));
            }
        }
    }

    /// <summary>The sheet's size and merged areas, skipping over its data.</summary>
    private void ReadLayout()
    {
        using var reader = OpenXmlReader.Create(_sheet);
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }
            if (reader.ElementType == typeof(SheetData))
            {
                reader.Skip();
            }
            else if (reader.ElementType == typeof(SheetDimension))
            {
                var reference = reader.Attributes.FirstOrDefault(a => a.LocalName == "ref").Value ?? "";
                var last = reference.Split(':')[^1];
                RowsEstimate = ImportFileReader.RowIndex(last);
            }
            else if (reader.ElementType == typeof(MergeCell))
            {
                var reference = reader.Attributes.FirstOrDefault(a => a.LocalName == "ref").Value ?? "";
                var parts = reference.Split(':');
                if (parts.Length == 2)
                {
                    _merged.Add((ImportFileReader.RowIndex(parts[0]), ImportFileReader.ColumnIndex(parts[0]), ImportFileReader.RowIndex(parts[1]), ImportFileReader.ColumnIndex(parts[1])));
                }
            }
        }
        foreach (var m in _merged.Take(20))
        {
            var area = $"{ImportColumn.LetterOf(m.Col1)}{m.Row1}:{ImportColumn.LetterOf(m.Col2)}{m.Row2}";
            Messages.Add($"Rij {m.Row1}{(m.Row2 > m.Row1 ? $"-{m.Row2}" : "")}, kolom {ImportColumn.LetterOf(m.Col1)}{(m.Col2 > m.Col1 ? $"-{ImportColumn.LetterOf(m.Col2)}" : "")}: samengevoegde cellen ({area}); elke cel krijgt de waarde van de eerste cel ({ImportColumn.LetterOf(m.Col1)}{m.Row1}). Controleer of dat klopt, of maak de samenvoeging ongedaan.");
        }
        if (_merged.Count > 20)
        {
            Messages.Add($"En nog {_merged.Count - 20} samengevoegde gebieden, op dezelfde manier gelezen.");
        }
    }

    protected override IEnumerable<ImportRow> ReadRows()
    {
        var mergedValues = new Dictionary<int, string?>();
        using var reader = OpenXmlReader.Create(_sheet);
        var expected = 1;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }
            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index ? (int)index : expected;
            expected = number + 1;
            var cells = new List<string?>();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } r ? ImportFileReader.ColumnIndex(r) : next;
                next = column + 1;
                while (cells.Count <= column)
                {
                    cells.Add(null);
                }
                cells[column] = Value(cell);
            }
            if (_merged.Count > 0)
            {
                Fill(number, cells, mergedValues);
            }
            yield return new ImportRow(number, [.. cells]);
        }
    }

    /// <summary>Gives every cell of a merged area the value of its first cell.</summary>
    private void Fill(int number, List<string?> cells, Dictionary<int, string?> values)
    {
        for (var i = 0; i < _merged.Count; i++)
        {
            var (r1, c1, r2, c2) = _merged[i];
            if (number < r1 || number > r2)
            {
                continue;
            }
            if (number == r1)
            {
                values[i] = c1 < cells.Count ? cells[c1] : null;
            }
            var value = values.GetValueOrDefault(i);
            while (cells.Count <= c2)
            {
                cells.Add(null);
            }
            for (var c = c1; c <= c2; c++)
            {
                cells[c] = value;
            }
            if (number == r2)
            {
                values.Remove(i);
            }
        }
    }

    private string? Value(Cell cell)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.Text?.Text ?? cell.InlineString?.InnerText;
        }
        var raw = cell.CellValue?.Text;
        if (raw is null)
        {
            return null;
        }
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, out var i) && i >= 0 && i < _strings.Count ? _strings[i] : null;
        }
        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "ja" : "nee";
        }
        return raw;
    }

    public override void Dispose()
    {
        base.Dispose();
        _document.Dispose();
        _stream.Dispose();
    }
}
