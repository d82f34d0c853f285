using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Schakel.Core.Csv;

/// <summary>
/// The one CSV library (CsvHelper) set up once for the application and the command-line tool: writers put every text
/// cell through <see cref="SpreadsheetCell.Safe"/>, readers return each record with the line it started on.
/// </summary>
public static class CsvFiles
{
    private static readonly System.Buffers.SearchValues<char> QuoteTriggers = System.Buffers.SearchValues.Create("\"\r\n");

    /// <summary>A writer with "\n" line ends, quoting only where the delimiter, a quote or a line break needs it; dispose it to flush.</summary>
    public static CsvWriter Writer(TextWriter output, string delimiter = ",") =>
        new(output, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            NewLine = "\n",
            // The formula guard is SpreadsheetCell's, applied by WriteSafe; CsvHelper's own would quote every guarded cell.
            InjectionOptions = InjectionOptions.None,
            ShouldQuote = args => args.Field is { Length: > 0 } f
                && (f.Contains(delimiter, StringComparison.Ordinal) || f.AsSpan().IndexOfAny(QuoteTriggers) >= 0),
        }, leaveOpen: true);

    /// <summary>Writes one text cell so that a spreadsheet shows it and never runs it.</summary>
    public static void WriteSafe(this CsvWriter writer, string? value) => writer.WriteField(SpreadsheetCell.Safe(value ?? ""));

    /// <summary>Writes a whole record of text cells, each through the formula guard.</summary>
    public static void WriteSafeRecord(this CsvWriter writer, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            writer.WriteSafe(value);
        }
        writer.NextRecord();
    }

    /// <summary>
    /// Reads every record with the line it started on (1-based, line breaks inside quotes counted) and whether the file
    /// ended inside a quoted field. Blank lines come back as one empty field, so callers decide what they mean.
    /// </summary>
    public static IEnumerable<CsvLine> Lines(TextReader input, string delimiter = ",")
    {
        var unterminated = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            HasHeaderRecord = false,
            IgnoreBlankLines = false,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            // A quote left open runs to the end of the file; closed quotes with text after them are read as written.
            BadDataFound = args => unterminated |= args.Field.TrimStart().StartsWith('"') && args.Field.Count(c => c == '"') % 2 == 1,
        };
        using var parser = new CsvParser(input, config, leaveOpen: true);
        var nextLine = 1;
        while (parser.Read())
        {
            // Fields are unquoted (and bad data reported) when the record is taken, so the flag is read after it.
            var fields = parser.Record ?? [];
            var line = new CsvLine(nextLine, fields, unterminated);
            unterminated = false;
            nextLine = parser.RawRow + 1;
            yield return line;
        }
    }
}

/// <summary>One CSV record: the line it started on, its fields, and whether the input ended inside its quotes.</summary>
public sealed record CsvLine(int Line, string[] Fields, bool UnterminatedQuote);
