using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Schakel.Benchmarks.Import;

/// <summary>
/// A region's history as a spreadsheet: N signals over 2015-2024, 1.3 persons each on average (every third signal has
/// a second person on the next row, with the same number), written as a stream (OpenXml's SAX writer for .xlsx), so a
/// file of any size is written in constant memory. Fictional names and numbers from a fixed seed.
/// </summary>
public static class HistoryFileGenerator
{
    public static readonly string[] Header =
        ["Nummer", "Datum melding", "Gemeente", "Vorm", "Sector", "Status", "Datum afgesloten", "Omschrijving", "Naam slachtoffer", "Geboortedatum", "Geslacht", "Nationaliteit", "Telefoon", "Rol"];

    private static readonly string[] Forms = ["Seksuele uitbuiting", "Arbeidsuitbuiting", "Criminele uitbuiting", "arbeid", "seksueel"];
    private static readonly string[] Sectors = ["Horeca", "Bouw", "Land- en tuinbouw", "Prostitutie (vergund)", "Logistiek en distributie", ""];
    private static readonly string[] Statuses = ["afgesloten", "afgehandeld", "casus", "doorverwezen"];
    private static readonly string[] Nationalities = ["Nederlands", "Pools", "Roemeens", "Bulgaars", "Oekraïens", "Nigeriaans", ""];
    private static readonly string[] First = ["Anna", "Piotr", "Maria", "Ion", "Olena", "Jan", "Fatima", "Mihai", "Eva", "Tomasz", "Grace", "Andrei"];
    private static readonly string[] Last = ["Nowak", "Popescu", "Kowalska", "Ivanova", "de Vries", "Jansen", "Okafor", "Dumitru", "Bakker", "Horvat", "Shevchenko"];

    /// <summary>The rows of the file, header first; each row one array of cells.</summary>
    public static IEnumerable<string[]> Rows(int signals, IReadOnlyList<string> municipalities, int seed = 2026)
    {
        var random = new Random(seed);
        yield return Header;
        var start = new DateOnly(2015, 1, 1);
        for (var i = 1; i <= signals; i++)
        {
            var received = start.AddDays(random.Next(10 * 365));
            var closed = received.AddDays(random.Next(1, 120));
            var persons = i % 3 == 0 ? 2 : 1;
            for (var p = 0; p < persons; p++)
            {
                var birth = new DateOnly(1960 + random.Next(45), 1 + random.Next(12), 1 + random.Next(28));
                yield return
                [
                    $"H-{i:D7}",
                    p > 0 ? "" : received.ToString(i % 2 == 0 ? "d-M-yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    p > 0 ? "" : municipalities[random.Next(municipalities.Count)],
                    p > 0 ? "" : Forms[random.Next(Forms.Length)],
                    p > 0 ? "" : Sectors[random.Next(Sectors.Length)],
                    p > 0 ? "" : Statuses[random.Next(Statuses.Length)],
                    p > 0 ? "" : closed.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
                    p > 0 ? "" : $"Historische melding {i} uit de lijst van het Zorg- en Veiligheidshuis.",
                    $"{First[random.Next(First.Length)]} {Last[random.Next(Last.Length)]}",
                    birth.ToString("d-M-yyyy", CultureInfo.InvariantCulture),
                    random.Next(2) == 0 ? "V" : "M",
                    Nationalities[random.Next(Nationalities.Length)],
                    $"06{random.Next(10_000_000, 99_999_999)}",
                    p == 0 ? "slachtoffer" : "dader",
                ];
            }
        }
    }

    public static void WriteCsv(string path, IEnumerable<string[]> rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true), 1 << 16);
        foreach (var row in rows)
        {
            writer.Write(string.Join(';', row.Select(c => c.Contains(';') || c.Contains('"') ? $"\"{c.Replace("\"", "\"\"")}\"" : c)));
            writer.Write("\r\n");
        }
    }

    /// <summary>Inline strings, so no shared-string table has to be held in memory while writing.</summary>
    public static void WriteXlsx(string path, IEnumerable<string[]> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            var number = 0;
            foreach (var row in rows)
            {
                number++;
                writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", number.ToString(CultureInfo.InvariantCulture))]);
                for (var c = 0; c < row.Length; c++)
                {
                    if (row[c].Length == 0)
                    {
                        continue;
                    }
                    var reference = Column(c) + number.ToString(CultureInfo.InvariantCulture);
                    writer.WriteStartElement(new Cell(), [new OpenXmlAttribute("r", "", reference), new OpenXmlAttribute("t", "", "inlineStr")]);
                    writer.WriteElement(new InlineString(new Text(row[c])));
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Historie" }));
        workbook.Workbook.Save();
    }

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + index / 26 - 1)}{(char)('A' + index % 26)}";
}
