using System.Globalization;
using Schakel.Core.Csv;
using Schakel.Core.Linking;

namespace Schakel.Cli.Linking;

/// <summary>Reads the signals CSV of <c>schakel link</c> into subject records, reporting bad rows by line number.</summary>
internal static class SignalCsv
{
    private static readonly string[] Columns =
    [
        "signal_id", "subject_id", "full_name", "date_of_birth", "phone", "email", "street", "house_number",
        "postcode", "city", "license_plate", "handle", "role",
    ];

    public sealed class HeaderException(string message) : Exception(message);

    public sealed record ReadResult(List<SubjectRecord> Records, List<int> RecordLines, int RejectedRows);

    /// <summary>Reads all rows; throws <see cref="HeaderException"/> when the header is missing or unusable.</summary>
    public static ReadResult Read(TextReader input, TextWriter error)
    {
        using var lines = CsvFiles.Lines(input).GetEnumerator();
        if (!lines.MoveNext() || lines.Current.Fields is [var only] && string.IsNullOrWhiteSpace(only))
        {
            throw new HeaderException("het invoerbestand is leeg: een kopregel met kolomnamen ontbreekt (verwacht o.a. subject_id)");
        }
        var header = lines.Current.Fields.ToList();
        var map = MapHeader(header);
        var width = header.Count;
        var records = new List<SubjectRecord>();
        var recordLines = new List<int>();
        var rejected = 0;
        while (lines.MoveNext())
        {
            var (line, array, unterminated) = lines.Current;
            var fields = array.ToList();
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }
            string? problem = null;
            if (unterminated)
            {
                problem = "aanhalingsteken niet afgesloten";
            }
            else if (fields.Count != width)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"{fields.Count} kolommen, verwacht {width}");
            }
            else if (fields.Exists(f => f.Contains('\uFFFD')))
            {
                problem = "ongeldige tekens (geen geldige UTF-8)";
            }
            else if (string.IsNullOrWhiteSpace(fields[map[1]]))
            {
                problem = "subject_id is leeg";
            }
            if (problem is not null)
            {
                error.WriteLine($"regel {line}: rij overgeslagen: {problem}");
                rejected++;
                continue;
            }
            records.Add(new SubjectRecord(
                fields[map[1]].Trim(),
                Get(fields, map[0]), Get(fields, map[2]), Get(fields, map[3]), Get(fields, map[4]), Get(fields, map[5]),
                Get(fields, map[6]), Get(fields, map[7]), Get(fields, map[8]), Get(fields, map[9]), Get(fields, map[10]),
                Get(fields, map[11]), Get(fields, map[12])));
            recordLines.Add(line);
        }
        return new ReadResult(records, recordLines, rejected);
    }

    private static string? Get(List<string> fields, int index) =>
        index < 0 || fields[index].Length == 0 ? null : fields[index];

    /// <summary>Position of each expected column in the file, or -1; tolerant of order, case, spaces and a BOM.</summary>
    private static int[] MapHeader(List<string> header)
    {
        var map = new int[Columns.Length];
        Array.Fill(map, -1);
        var recognised = 0;
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF').Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
            var at = Array.IndexOf(Columns, name);
            if (at >= 0 && map[at] < 0)
            {
                map[at] = i;
                recognised++;
            }
        }
        if (map[1] < 0)
        {
            var seen = string.Join(",", header.Take(12));
            throw new HeaderException(recognised == 0
                ? $"regel 1: geen geldige kopregel (gevonden: '{Clip(seen)}'); verwacht: {string.Join(",", Columns)}"
                : "regel 1: de kopregel mist de verplichte kolom subject_id");
        }
        return map;
    }

    private static string Clip(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
