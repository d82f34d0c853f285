using System.IO.Compression;
using System.Text;
namespace Schakel.Testing;

/// <summary>
/// Builds .xlsx packages part by part, as an attacker would: the parts Excel needs and whatever sheet XML a test
/// writes, streamed into the zip so a part of hundreds of megabytes costs a few hundred kilobytes of test file.
/// </summary>
public static class CraftedXlsx
{
    private const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
        <Default Extension="xml" ContentType="application/xml"/>
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
        <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
        </Types>
        """;

    private const string RootRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
        </Relationships>
        """;

    private const string Workbook = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
        <sheets><sheet name="Signalen" sheetId="1" r:id="rId1"/></sheets></workbook>
        """;

    private const string WorkbookRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
        </Relationships>
        """;

    public const string Open = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""";

    /// <summary>A header row the column guesser recognises, then <paramref name="rows"/> inside sheetData.</summary>
    public static byte[] Sheet(string rows, string afterData = "", string sharedStrings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>") =>
        Build(w => w.Write(Open + "<sheetData>" + Header + rows + "</sheetData>" + afterData + "</worksheet>"), w => w.Write(sharedStrings));

    public const string Header = """<row r="1"><c r="A1" t="inlineStr"><is><t>Datum melding</t></is></c><c r="B1" t="inlineStr"><is><t>Gemeente</t></is></c></row>""";

    public static byte[] Build(Action<TextWriter> sheet, Action<TextWriter> sharedStrings, Action<ZipArchive>? extra = null)
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", w => w.Write(ContentTypes));
            Part(zip, "_rels/.rels", w => w.Write(RootRels));
            Part(zip, "xl/workbook.xml", w => w.Write(Workbook));
            Part(zip, "xl/_rels/workbook.xml.rels", w => w.Write(WorkbookRels));
            Part(zip, "xl/worksheets/sheet1.xml", sheet);
            Part(zip, "xl/sharedStrings.xml", sharedStrings);
            extra?.Invoke(zip);
        }
        return bytes.ToArray();
    }

    public static void Part(ZipArchive zip, string name, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false), 1 << 16);
        write(writer);
    }

    /// <summary>Writes <paramref name="text"/> <paramref name="times"/> times.</summary>
    public static void Repeat(TextWriter writer, string text, long times)
    {
        var block = string.Concat(Enumerable.Repeat(text, Math.Max(1, 65536 / text.Length)));
        var perBlock = block.Length / text.Length;
        for (var done = 0L; done < times; done += perBlock)
        {
            writer.Write(times - done >= perBlock ? block : string.Concat(Enumerable.Repeat(text, (int)(times - done))));
        }
    }
}
