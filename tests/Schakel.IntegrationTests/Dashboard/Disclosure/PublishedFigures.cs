using System.Globalization;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;

namespace Schakel.IntegrationTests.Dashboard.Disclosure;

/// <summary>
/// Every number one viewer obtained, keyed "area|period|caption|row|column"; column totals sit in row "Totaal",
/// row totals in column "Totaal". Read from the API, the CSV and the Excel export alike.
/// </summary>
public sealed class PublishedFigures
{
    public const string Total = "Totaal";

    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Per table (area|period|caption): its row labels and column names, without the totals.</summary>
    public Dictionary<string, (List<string> Rows, List<string> Columns)> Tables { get; } = new(StringComparer.Ordinal);

    public static string Key(string table, string row, string column) => $"{table}|{row}|{column}";

    private void Put(string table, string row, string column, string value, bool isTotal = false)
    {
        var key = Key(table, row, column);
        if (Values.TryGetValue(key, out var earlier))
        {
            // The same cell asked twice, or through another door, must read the same.
            earlier.ShouldBe(value, key);
        }
        Values[key] = value;
        if (!Tables.TryGetValue(table, out var shape))
        {
            Tables[table] = shape = ([], []);
        }
        if (!isTotal && row != Total && !shape.Rows.Contains(row))
        {
            shape.Rows.Add(row);
        }
        if (!isTotal && column != Total && !shape.Columns.Contains(column))
        {
            shape.Columns.Add(column);
        }
    }

    public void AddApi(string area, string period, JsonElement body)
    {
        var table = $"{area}|{period}|{body.GetProperty("caption").GetString()}";
        foreach (var row in body.GetProperty("rows").EnumerateArray())
        {
            var label = row.GetProperty("label").GetString()!;
            foreach (var cell in row.GetProperty("counts").EnumerateObject())
            {
                Put(table, label, cell.Name, cell.Value.GetString()!);
            }
            if (row.GetProperty("total").GetString() is { } total)
            {
                Put(table, label, Total, total, isTotal: true);
            }
        }
        if (body.GetProperty("columnTotals").ValueKind == JsonValueKind.Object)
        {
            foreach (var cell in body.GetProperty("columnTotals").EnumerateObject())
            {
                Put(table, Total, cell.Name, cell.Value.GetString()!, isTotal: true);
            }
        }
        if (body.GetProperty("grandTotal").GetString() is { } grand)
        {
            Put(table, Total, Total, grand, isTotal: true);
        }
    }

    public void AddCsv(string area, string period, byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        foreach (var block in text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries).Select(Fields).ToList();
            if (lines.Count < 2)
            {
                continue;
            }
            AddLines($"{area}|{period}|{lines[0][0]}", lines[1], lines.Skip(2));
        }
    }

    public void AddExcel(string area, string period, byte[] bytes)
    {
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        foreach (var sheet in workbook.Worksheets)
        {
            var header = sheet.Row(4).Cells(1, sheet.Row(4).LastCellUsed()!.Address.ColumnNumber).Select(c => c.GetString()).ToList();
            var rows = new List<IReadOnlyList<string>>();
            for (var r = 5; !sheet.Row(r).IsEmpty(); r++)
            {
                rows.Add(Enumerable.Range(1, header.Count).Select(c => sheet.Cell(r, c).GetFormattedString()).ToList());
            }
            AddLines($"{area}|{period}|{sheet.Cell(1, 1).GetString()}", header, rows);
        }
    }

    private void AddLines(string table, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        foreach (var line in rows)
        {
            for (var c = 1; c < header.Count && c < line.Count; c++)
            {
                Put(table, line[0], header[c], line[c], isTotal: line[0] == Total || header[c] == Total);
            }
        }
    }

    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted && ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
            else if (ch == '"') { quoted = !quoted; }
            else if (ch == ';' && !quoted) { fields.Add(sb.ToString()); sb.Clear(); }
            else { sb.Append(ch); }
        }
        fields.Add(sb.ToString());
        return fields;
    }

    public static int? Number(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
