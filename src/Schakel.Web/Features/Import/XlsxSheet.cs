using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Schakel.Web.Features.Import;

/// <summary>
/// The first worksheet of an .xlsx, read with OpenXml's forward-only SAX reader: one row in memory at a time (plus the
/// shared strings, which Excel keeps in one table). Merged cells are read before the rows (they are listed after the
/// sheet data), and every cell of a merged area gets the value of its first cell, which the messages say. Everything
/// held whole is bounded by <see cref="SheetLimits"/> through a <see cref="SheetBudgetStream"/>, and the XML parser
/// refuses a DTD, so entity expansion ("billion laughs") never starts.
/// </summary>
internal sealed partial class XlsxSheet : BufferedSheet
{
    private readonly Stream _stream;
    private readonly SpreadsheetDocument _document;
    private readonly WorksheetPart _sheet;
    private readonly List<string> _strings = [];

    public XlsxSheet(Stream stream)
    {
        _stream = stream;
        CheckPackage(stream);
        try
        {
            _document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = SheetLimits.MaxLoadedPartBytes });
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
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or XmlException
            or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            _document?.Dispose();
            throw new ImportFileException(ex is OpenXmlPackageException or FileFormatException ? ImportFileReader.NotASpreadsheet : SheetLimits.Damaged);
        }
    }

    /// <summary>
    /// Refuses a package whose parts that are loaded whole (content types, relationships, the workbook) claim to be far
    /// larger than Excel writes, before the packaging library loads them. A zip entry cannot hand out more than it
    /// claims, so its claimed size is a bound.
    /// </summary>
    private static void CheckPackage(Stream stream)
    {
        try
        {
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
            {
                if (zip.Entries.Count > SheetLimits.MaxPackageEntries)
                {
                    throw new ImportFileException(SheetLimits.PackageTooLarge);
                }
                foreach (var entry in zip.Entries)
                {
                    var loadedWhole = entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
                        || entry.FullName.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase)
                        || entry.FullName.EndsWith("workbook.xml", StringComparison.OrdinalIgnoreCase);
                    if (loadedWhole && entry.Length > SheetLimits.MaxLoadedPartBytes)
                    {
                        throw new ImportFileException(SheetLimits.PackageTooLarge);
                    }
                }
            }
            stream.Position = 0;
        }
        catch (InvalidDataException)
        {
            throw new ImportFileException(ImportFileReader.NotASpreadsheet);
        }
    }

    private static SheetBudgetStream Open(OpenXmlPart part, long total = long.MaxValue, string? overTotal = null) =>
        new(part.GetStream(FileMode.Open, FileAccess.Read), xml: true, total, overTotal);

    private static OpenXmlReader Reader(Stream part) => new TypedOpenXmlPartReader(part, new OpenXmlPartReaderOptions { CloseStream = true });

    private void ReadSharedStrings(SharedStringTablePart part)
    {
        var guard = Open(part, SheetLimits.MaxSharedStringBytes, SheetLimits.SharedStringsTooLarge);
        guard.TextTooLong = () => SheetLimits.SharedStringsTooLarge;
        using var reader = Reader(guard);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                guard.Limit(SheetLimits.MaxRowBytes, () => SheetLimits.SharedStringsTooLarge);
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                guard.Unlimit();
                // Rich text runs are joined; phonetic guides are not part of the value.
                _strings.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)));
            }
        }
    }

    protected override IEnumerable<ImportRow> ReadRows()
    {
        var merged = new MergedFill(_merged);
        var guard = Open(_sheet);
        using var reader = Reader(guard);
        var expected = 1;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }
            var reference = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
            var number = reference is null ? expected : ImportFileReader.RowIndex(reference);
            if (number is < 1 or > SheetLimits.MaxRows)
            {
                throw new ImportFileException(SheetLimits.DamagedAfter(expected - 1));
            }
            expected = number + 1;
            guard.Limit(SheetLimits.MaxRowBytes, () => SheetLimits.RowTooLarge(number));
            guard.TextTooLong = () => SheetLimits.TextTooLong(number);
            var row = (Row)reader.LoadCurrentElement()!;
            guard.Unlimit();
            var cells = new List<string?>();
            var next = 0;
            var count = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                // Cells that repeat one reference stay within the columns but not within the work a row may take.
                if (++count > SheetLimits.MaxColumns)
                {
                    throw new ImportFileException(SheetLimits.TooManyCells(number));
                }
                var column = cell.CellReference?.Value is { } r ? ImportFileReader.ColumnIndex(r) : next;
                if (column < 0)
                {
                    throw new ImportFileException(SheetLimits.DamagedAfter(number - 1));
                }
                if (column >= SheetLimits.MaxColumns)
                {
                    throw new ImportFileException(SheetLimits.TooManyColumns(number, ColumnLetters(cell.CellReference?.Value)));
                }
                next = column + 1;
                while (cells.Count <= column)
                {
                    cells.Add(null);
                }
                cells[column] = Value(cell);
            }
            merged.Fill(number, cells);
            yield return new ImportRow(number, [.. cells]);
        }
    }

    /// <summary>The letters of a reference as the file wrote them, cut short when absurdly long.</summary>
    private static string ColumnLetters(string? reference)
    {
        var letters = new string((reference ?? "").TakeWhile(char.IsAsciiLetter).ToArray());
        return letters.Length == 0 ? ImportColumn.LetterOf(SheetLimits.MaxColumns) : letters.Length > 10 ? letters[..10] + "…" : letters;
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
