namespace Schakel.Web.Features.Import;

/// <summary>
/// The header search shared by both readers: the first rows are buffered, the header is picked among them, and
/// <see cref="Rows"/> yields the buffered rows after the header before it reads on.
/// </summary>
internal abstract class BufferedSheet : ImportSheet, IHeaderFinder
{
    private readonly List<ImportRow> _buffer = [];
    private IEnumerator<ImportRow>? _source;
    private bool _started;
    private int _lastRow;

    /// <summary>The rows of the sheet, in order, read once.</summary>
    protected abstract IEnumerable<ImportRow> ReadRows();

    public void FindHeader(int? headerRow)
    {
        _source = ReadRows().GetEnumerator();
        var limit = Math.Max(headerRow ?? 0, ImportFileReader.HeaderSearchRows);
        while (_buffer.Count < limit && Next())
        {
            if (!IsEmpty(_source.Current))
            {
                _buffer.Add(_source.Current);
            }
        }
        if (_buffer.Count == 0)
        {
            throw new ImportFileException(ImportFileReader.EmptySheet);
        }
        ImportRow header;
        if (headerRow is { } given)
        {
            header = _buffer.FirstOrDefault(r => r.Number == given)
                ?? throw new ImportFileException($"Rij {given} is leeg of bestaat niet; kies een andere rij als kopregel.");
        }
        else
        {
            header = _buffer.FirstOrDefault(r => r.Cells.Count(c => ColumnGuesser.Recognise(c) is not null) >= 2) ?? _buffer[0];
            if (header.Cells.Count(c => ColumnGuesser.Recognise(c) is not null) < 2)
            {
                Messages.Add($"Schakel herkent in de eerste {ImportFileReader.HeaderSearchRows} rijen geen kopregel; rij {header.Number} is als kopregel genomen. Kies de kolommen zelf of geef de rij van de kopregel op.");
            }
        }
        HeaderRow = header.Number;
        Columns = header.Cells.Select((c, i) => new ImportColumn(i, ImportColumn.LetterOf(i), string.IsNullOrWhiteSpace(c) ? $"Kolom {ImportColumn.LetterOf(i)}" : c.Trim())).ToList();
        _buffer.RemoveAll(r => r.Number <= header.Number);
        if (RowsEstimate > 0)
        {
            RowsEstimate = Math.Max(0, RowsEstimate - header.Number);
        }
    }

    public override IEnumerable<ImportRow> Rows()
    {
        if (_started || _source is null)
        {
            throw new InvalidOperationException("The rows of a sheet are read once, after the header was found.");
        }
        _started = true;
        foreach (var row in _buffer)
        {
            yield return row;
        }
        _buffer.Clear();
        while (Next())
        {
            if (!IsEmpty(_source.Current))
            {
                yield return _source.Current;
            }
        }
    }

    /// <summary>
    /// The next row; a file that breaks off or turns to garbage halfway (a cut-off zip, malformed XML, a DTD, which the
    /// XML reader refuses) is refused with a Dutch message naming the last good row, not with an exception page.
    /// </summary>
    private bool Next()
    {
        try
        {
            var more = _source!.MoveNext();
            _lastRow = more ? _source.Current.Number : _lastRow;
            return more;
        }
        catch (Exception ex) when (ex is System.Xml.XmlException or InvalidDataException or IOException or CsvHelper.CsvHelperException
            or System.Text.DecoderFallbackException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            throw new ImportFileException(SheetLimits.DamagedAfter(_lastRow));
        }
    }

    private static bool IsEmpty(ImportRow row) => row.Cells.All(string.IsNullOrWhiteSpace);

    public override void Dispose()
    {
        _source?.Dispose();
        base.Dispose();
    }
}
