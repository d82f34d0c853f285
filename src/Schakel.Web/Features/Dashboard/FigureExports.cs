using System.Text;
using ClosedXML.Excel;
using Schakel.Core.Csv;
using Schakel.Core.Figures;

namespace Schakel.Web.Features.Dashboard;

/// <summary>Excel and CSV of every dashboard table, published exactly as on screen.</summary>
public static class FigureExports
{
    public static byte[] Excel(FigureSet set, CellKeys? keys)
    {
        using var workbook = new XLWorkbook();
        foreach (var table in set.Tables.Select(t => Disclosure.Apply(t, keys)))
        {
            var sheet = workbook.Worksheets.Add(table.Key);
            var row = 1;
            sheet.Cell(row++, 1).Value = table.Caption;
            sheet.Cell(row++, 1).Value = $"Periode {set.Filter.Period} ({set.Filter.From:yyyy-MM-dd} t/m {set.Filter.To:yyyy-MM-dd})";
            row++;
            var header = Header(table);
            for (var c = 0; c < header.Count; c++)
            {
                sheet.Cell(row, c + 1).Value = header[c];
            }
            sheet.Row(row).Style.Font.Bold = true;
            row++;
            foreach (var line in Lines(table))
            {
                for (var c = 0; c < line.Count; c++)
                {
                    // Numbers stay numbers so a spreadsheet can work with them; "<5" stays text.
                    if (c > 0 && int.TryParse(line[c], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
                    {
                        sheet.Cell(row, c + 1).Value = n;
                    }
                    else
                    {
                        sheet.Cell(row, c + 1).Value = line[c];
                    }
                }
                row++;
            }
            if (table.Source.Note is { } note)
            {
                sheet.Cell(row + 1, 1).Value = note;
            }
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>One CSV with the tables one after another, each introduced by its caption; semicolons as Dutch Excel expects.</summary>
    public static byte[] Csv(FigureSet set, CellKeys? keys)
    {
        var text = new StringWriter();
        using (var csv = CsvFiles.Writer(text, ";"))
        {
            foreach (var table in set.Tables.Select(t => Disclosure.Apply(t, keys)))
            {
                csv.WriteSafeRecord([table.Caption]);
                csv.WriteSafeRecord(Header(table));
                foreach (var line in Lines(table))
                {
                    csv.WriteSafeRecord(line);
                }
                csv.NextRecord();
            }
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static IReadOnlyList<string> Header(DisplayTable table)
    {
        var header = new List<string> { table.RowHeader };
        header.AddRange(table.Columns);
        if (table.Source.HasRowTotals)
        {
            header.Add("Totaal");
        }
        return header;
    }

    public static IEnumerable<IReadOnlyList<string>> Lines(DisplayTable table)
    {
        foreach (var row in table.Rows)
        {
            var line = new List<string> { row.Label };
            line.AddRange(row.Cells);
            if (row.Total is not null)
            {
                line.Add(row.Total);
            }
            yield return line;
        }
        if (table.Source.HasRowTotals && table.ColumnTotals is not null)
        {
            var total = new List<string> { "Totaal" };
            total.AddRange(table.ColumnTotals);
            total.Add(table.GrandTotal ?? "");
            yield return total;
        }
    }
}
