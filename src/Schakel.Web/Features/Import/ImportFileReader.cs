using System.Text;

namespace Schakel.Web.Features.Import;

/// <summary>
/// Opens an .xlsx (streamed with OpenXml's SAX reader, never the whole workbook in memory) or a CSV (CsvHelper; ';' or ','
/// detected; UTF-8 with or without BOM, else Windows-1252 as Excel writes it) and finds its header row: the given row, or
/// the first row in which at least two cells are column names <see cref="ColumnGuesser"/> recognises (else the first row
/// that is not empty). Refuses with a Dutch <see cref="ImportFileException"/> a file that is not a spreadsheet, an
/// encrypted (password-protected) workbook, an old .xls and an empty sheet.
/// </summary>
public static class ImportFileReader
{
    /// <summary>Rows searched for a header when none is given.</summary>
    public const int HeaderSearchRows = 30;

    public const string NotASpreadsheet = "Dit bestand is geen spreadsheet. Upload een Excel-bestand (.xlsx) of een CSV-bestand.";
    public const string PasswordProtected = "Het Excel-bestand is met een wachtwoord beveiligd. Sla het in Excel op zonder wachtwoord (Bestand > Info > Werkmap beveiligen) en upload het opnieuw.";
    public const string OldExcel = "Dit is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of als CSV en upload het opnieuw.";
    public const string NotText = "Dit bestand is geen CSV-bestand: er staan tekens in die niet in tekst horen (binaire gegevens). Upload een Excel-bestand (.xlsx) of een CSV-bestand dat Excel of een ander programma als tekst heeft opgeslagen.";
    public const string EmptySheet = "Het eerste werkblad is leeg: er staan geen rijen in.";

    public static ImportSheet Open(ImportFile file, int? headerRow = null)
    {
        var stream = file.Open();
        try
        {
            Span<byte> head = stackalloc byte[8];
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (read == 0)
            {
                throw new ImportFileException(EmptySheet);
            }
            stream = Rewind(stream, file);
            var sheet = Kind(head[..read], file.FileName) switch
            {
                FileKind.Zip => (ImportSheet)new XlsxSheet(stream),
                FileKind.Compound => throw new ImportFileException(IsEncrypted(stream) ? PasswordProtected : OldExcel),
                FileKind.Text => new CsvSheet(stream),
                _ => throw new ImportFileException(NotASpreadsheet),
            };
            try
            {
                ((IHeaderFinder)sheet).FindHeader(headerRow);
            }
            catch
            {
                sheet.Dispose();
                throw;
            }
            return sheet;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private enum FileKind { Zip, Compound, Text, Other }

    private static FileKind Kind(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return FileKind.Zip;
        }
        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            return FileKind.Compound;
        }
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if ((head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) && extension is ".csv" or ".txt" or "")
        {
            return FileKind.Text;
        }
        // A CSV is text: no NUL bytes and no control characters beyond tab and line ends in its first bytes.
        var text = true;
        foreach (var b in head)
        {
            text &= b >= 0x20 || b is (byte)'\t' or (byte)'\r' or (byte)'\n' || b == 0xEF;
        }
        return text && extension is ".csv" or ".txt" or "" ? FileKind.Text : FileKind.Other;
    }

    /// <summary>A password-protected .xlsx is an OLE compound file holding an "EncryptedPackage" stream; an old .xls is not.</summary>
    private static bool IsEncrypted(Stream stream)
    {
        var buffer = new byte[1 << 20];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var name = Encoding.Unicode.GetBytes("EncryptedPackage");
        return buffer.AsSpan(0, read).IndexOf(name) >= 0;
    }

    private static Stream Rewind(Stream stream, ImportFile file)
    {
        if (stream.CanSeek)
        {
            stream.Position = 0;
            return stream;
        }
        stream.Dispose();
        return file.Open();
    }

    /// <summary>
    /// The column of a cell reference ("AB12" → 27, 0-based); -1 when it has no letters. Anything beyond Excel's last
    /// column comes back as <see cref="SheetLimits.MaxColumns"/>, however many letters, so it cannot overflow.
    /// </summary>
    internal static int ColumnIndex(ReadOnlySpan<char> reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            var letter = char.ToUpperInvariant(c);
            if (letter is < 'A' or > 'Z')
            {
                break;
            }
            index = Math.Min(index * 26 + (letter - 'A' + 1), SheetLimits.MaxColumns + 1);
        }
        return index - 1;
    }

    /// <summary>The row of a cell reference ("AB12" → 12); 0 when it has none or is not a number.</summary>
    internal static int RowIndex(ReadOnlySpan<char> reference)
    {
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            i++;
        }
        return int.TryParse(reference[i..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row) ? row : 0;
    }
}

/// <summary>How each reader finds its header in the rows it has buffered.</summary>
internal interface IHeaderFinder
{
    void FindHeader(int? headerRow);
}
