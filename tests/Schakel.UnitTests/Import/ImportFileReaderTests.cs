using System.Text;
using ClosedXML.Excel;
using Schakel.Web.Features.Import;

namespace Schakel.UnitTests.Import;

public sealed class ImportFileReaderTests
{
    private static ImportFile Text(string name, string text, Encoding encoding, bool bom = false) =>
        ImportFile.FromBytes(name, [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(text)]);

    private static ImportFile Xlsx(Action<IXLWorksheet> fill)
    {
        using var workbook = new XLWorkbook();
        fill(workbook.AddWorksheet("Historie"));
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return ImportFile.FromBytes("historie.xlsx", stream.ToArray());
    }

    [Theory]
    [InlineData(";", true)]
    [InlineData(",", false)]
    [InlineData("\t", true)]
    public void Reads_a_csv_with_its_separator_with_or_without_BOM(string separator, bool bom)
    {
        var file = Text("lijst.csv", $"Datum melding{separator}Gemeente{separator}Naam\n12-3-2019{separator}Zwolle{separator}\"Jansen{separator} Piet\"\n", Encoding.UTF8, bom);
        using var sheet = ImportFileReader.Open(file);
        sheet.HeaderRow.ShouldBe(1);
        sheet.Columns.Select(c => c.Header).ShouldBe(["Datum melding", "Gemeente", "Naam"]);
        var row = sheet.Rows().Single();
        row.Number.ShouldBe(2);
        row.Cells.ShouldBe(["12-3-2019", "Zwolle", $"Jansen{separator} Piet"]);
    }

    [Fact]
    public void Reads_a_csv_Excel_saved_in_Windows_1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = Text("lijst.csv", "Datum melding;Gemeente;Naam\n1-1-2019;Zwolle;Zoë Müller\n", Encoding.GetEncoding(1252));
        using var sheet = ImportFileReader.Open(file);
        sheet.Rows().Single()[2].ShouldBe("Zoë Müller");
    }

    [Fact]
    public void Finds_a_header_that_is_not_on_the_first_line()
    {
        var file = Text("lijst.csv", "Overzicht signalen 2019\n\nNr;Datum melding;Gemeente\n1;1-1-2019;Zwolle\n", Encoding.UTF8);
        using var sheet = ImportFileReader.Open(file);
        sheet.HeaderRow.ShouldBe(3);
        sheet.Rows().Single().Number.ShouldBe(4);
    }

    [Fact]
    public void Uses_the_header_row_given()
    {
        var file = Text("lijst.csv", "a;b\nx;y\nk1;k2\n1;2\n", Encoding.UTF8);
        using var sheet = ImportFileReader.Open(file, headerRow: 3);
        sheet.Columns.Select(c => c.Header).ShouldBe(["k1", "k2"]);
        sheet.Rows().Single().Cells.ShouldBe(["1", "2"]);
    }

    [Fact]
    public void Reads_an_xlsx_with_dates_as_serials_and_as_text_and_a_header_lower_down()
    {
        var file = Xlsx(ws =>
        {
            ws.Cell("A1").Value = "Historie";
            ws.Cell("A3").Value = "Datum melding";
            ws.Cell("B3").Value = "Gemeente";
            ws.Cell("C3").Value = "Telefoon";
            ws.Cell("A4").Value = new DateTime(2019, 3, 12);
            ws.Cell("B4").Value = "Zwolle";
            ws.Cell("C4").SetValue("0612345678");
            ws.Cell("A5").Value = "13-3-2019";
            ws.Cell("B5").Value = "Kampen";
        });
        using var sheet = ImportFileReader.Open(file);
        sheet.HeaderRow.ShouldBe(3);
        var rows = sheet.Rows().ToList();
        rows.Select(r => r.Number).ShouldBe([4, 5]);
        ImportValues.TryDate(rows[0][0], out var first).ShouldBeTrue();
        first.ShouldBe(new DateOnly(2019, 3, 12));
        rows[0][2].ShouldBe("0612345678");
        ImportValues.TryDate(rows[1][0], out var second).ShouldBeTrue();
        second.ShouldBe(new DateOnly(2019, 3, 13));
    }

    [Fact]
    public void Merged_cells_give_every_cell_the_first_cells_value_and_say_so()
    {
        var file = Xlsx(ws =>
        {
            ws.Cell("A1").Value = "Datum melding";
            ws.Cell("B1").Value = "Gemeente";
            ws.Cell("C1").Value = "Naam";
            ws.Cell("A2").Value = "1-1-2019";
            ws.Cell("B2").Value = "Zwolle";
            ws.Cell("C2").Value = "Anna";
            ws.Cell("A3").Value = "2-1-2019";
            ws.Cell("C3").Value = "Bea";
            ws.Range("B2:B3").Merge();
        });
        using var sheet = ImportFileReader.Open(file);
        sheet.Rows().Select(r => r[1]).ShouldBe(["Zwolle", "Zwolle"]);
        sheet.Messages.ShouldContain(m => m.StartsWith("Rij 2-3, kolom B: samengevoegde cellen (B2:B3)"));
    }

    [Fact]
    public void An_empty_sheet_is_refused_in_Dutch()
    {
        Should.Throw<ImportFileException>(() => ImportFileReader.Open(Xlsx(_ => { }))).Message.ShouldBe(ImportFileReader.EmptySheet);
        Should.Throw<ImportFileException>(() => ImportFileReader.Open(Text("leeg.csv", "\n;;\n", Encoding.UTF8))).Message.ShouldBe(ImportFileReader.EmptySheet);
        Should.Throw<ImportFileException>(() => ImportFileReader.Open(ImportFile.FromBytes("leeg.csv", []))).Message.ShouldBe(ImportFileReader.EmptySheet);
    }

    [Fact]
    public void A_file_that_is_not_a_spreadsheet_is_refused_in_Dutch()
    {
        var pdf = ImportFile.FromBytes("lijst.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%âãÏÓ\n1 0 obj"));
        Should.Throw<ImportFileException>(() => ImportFileReader.Open(pdf)).Message.ShouldBe(ImportFileReader.NotASpreadsheet);
        var zip = ImportFile.FromBytes("lijst.xlsx", [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0, 0]);
        Should.Throw<ImportFileException>(() => ImportFileReader.Open(zip)).Message.ShouldBe(ImportFileReader.NotASpreadsheet);
    }

    [Fact]
    public void A_password_protected_workbook_and_an_old_xls_are_told_apart()
    {
        // Excel stores an encrypted workbook as an OLE compound file holding an "EncryptedPackage" stream.
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        var encrypted = new byte[4096];
        signature.CopyTo(encrypted, 0);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(encrypted, 1024);
        Should.Throw<ImportFileException>(() => ImportFileReader.Open(ImportFile.FromBytes("geheim.xlsx", encrypted))).Message.ShouldBe(ImportFileReader.PasswordProtected);
        var xls = new byte[4096];
        signature.CopyTo(xls, 0);
        Encoding.Unicode.GetBytes("Workbook").CopyTo(xls, 1024);
        Should.Throw<ImportFileException>(() => ImportFileReader.Open(ImportFile.FromBytes("oud.xls", xls))).Message.ShouldBe(ImportFileReader.OldExcel);
    }
}
