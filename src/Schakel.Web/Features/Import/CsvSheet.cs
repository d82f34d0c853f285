using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Schakel.Web.Features.Import;

/// <summary>
/// A CSV file through CsvHelper: the separator is the one of ';', ',' and tab that the first lines use most (Dutch Excel
/// writes ';'), the encoding UTF-8 (a BOM or not) unless the bytes are not UTF-8, in which case Windows-1252, which
/// Excel's "CSV (gescheiden door lijstscheidingsteken)" writes.
/// </summary>
internal sealed class CsvSheet : BufferedSheet
{
    private readonly Stream _stream;
    private readonly SheetBudgetStream _guard;
    private readonly StreamReader _text;
    private readonly CsvParser _parser;

    public CsvSheet(Stream stream)
    {
        _stream = stream;
        var head = new byte[1 << 16];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var encoding = Utf16(head.AsSpan(0, read)) ?? (IsUtf8(head.AsSpan(0, read), complete: read < head.Length) ? new UTF8Encoding(false) : Windows1252());
        var sample = encoding.GetString(head, 0, read);
        if (sample.TrimStart('\uFEFF').Contains('\0', StringComparison.Ordinal))
        {
            throw new ImportFileException(ImportFileReader.NotText);
        }
        if (stream.CanSeek)
        {
            RowsEstimate = CountLines(stream, head, read);
            stream.Position = 0;
        }
        else
        {
            throw new InvalidOperationException("An import file is opened as a seekable stream (a file or the bytes of an upload).");
        }
        _guard = new SheetBudgetStream(stream, xml: false);
        _text = new StreamReader(_guard, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        _parser = new CsvParser(_text, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = Separator(sample),
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.None,
            MaxFieldSize = SheetLimits.MaxXmlTextBytes,
        });
    }

    protected override IEnumerable<ImportRow> ReadRows()
    {
        var last = 0;
        while (true)
        {
            var row = last + 1;
            // Everything between two rows is held at once by the parser: a line that never ends is refused, not buffered.
            _guard.Limit(SheetLimits.MaxRowBytes, () => SheetLimits.RowTooLarge(row));
            try
            {
                if (!_parser.Read())
                {
                    yield break;
                }
            }
            catch (MaxFieldSizeException)
            {
                throw new ImportFileException(SheetLimits.TextTooLong(row));
            }
            var record = _parser.Record ?? [];
            last = _parser.Row;
            if (record.Length > SheetLimits.MaxColumns)
            {
                throw new ImportFileException(SheetLimits.TooManyColumns(last, ImportColumn.LetterOf(SheetLimits.MaxColumns)));
            }
            for (var i = 0; i < record.Length; i++)
            {
                if (record[i].Contains('\0', StringComparison.Ordinal))
                {
                    throw new ImportFileException($"Rij {last}, kolom {ImportColumn.LetterOf(i)}: de cel bevat tekens die niet in tekst horen (binaire gegevens). Controleer het bestand; sla het in Excel opnieuw op als CSV en upload het opnieuw.");
                }
            }
            yield return new ImportRow(last, record);
        }
    }

    /// <summary>UTF-16, which "Unicode-tekst" in Excel writes, recognised by its byte order mark.</summary>
    private static Encoding? Utf16(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode
        : head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode
        : null;

    /// <summary>The separator used most in the first five lines, outside quotes.</summary>
    internal static string Separator(string sample)
    {
        int semicolons = 0, commas = 0, tabs = 0, lines = 0;
        var quoted = false;
        foreach (var c in sample)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                switch (c)
                {
                    case ';': semicolons++; break;
                    case ',': commas++; break;
                    case '\t': tabs++; break;
                    case '\n' when ++lines >= 5: goto done;
                }
            }
        }
    done:
        return tabs > semicolons && tabs > commas ? "\t" : semicolons >= commas && semicolons > 0 ? ";" : ",";
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool complete)
    {
        // A multi-byte character cut off by the end of the sample is not an error.
        var end = complete ? bytes.Length : Math.Max(0, bytes.Length - 4);
        try
        {
            new UTF8Encoding(false, true).GetCharCount(bytes[..end]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static Encoding Windows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static int CountLines(Stream stream, byte[] buffer, int read)
    {
        var lines = 0;
        while (read > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            read = stream.Read(buffer, 0, buffer.Length);
        }
        return lines;
    }

    public override void Dispose()
    {
        base.Dispose();
        _parser.Dispose();
        _text.Dispose();
        _guard.Dispose();
        _stream.Dispose();
    }
}
