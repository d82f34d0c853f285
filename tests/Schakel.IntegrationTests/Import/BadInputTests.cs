using System.Text;
using ClosedXML.Excel;
using Schakel.Testing;
using Schakel.Web.Features.Import;

namespace Schakel.IntegrationTests.Import;

/// <summary>Bad input through the engine: the file-level refusals and a workbook as people really keep one.</summary>
public sealed class BadInputTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task A_workbook_with_a_title_merged_cells_and_Excel_dates_is_read_as_meant()
    {
        using var workbook = new XLWorkbook();
        var ws = workbook.AddWorksheet("Signalen");
        ws.Cell("A1").Value = "Signalen 2016";
        string[] header = ["Nummer", "Datum melding", "Gemeente", "Naam slachtoffer"];
        for (var i = 0; i < header.Length; i++)
        {
            ws.Cell(2, i + 1).Value = header[i];
        }
        ws.Cell("A3").Value = "X-1";
        ws.Cell("B3").Value = new DateTime(2016, 5, 4);
        ws.Cell("C3").Value = "Deventer";
        ws.Cell("D3").Value = "Eerste Persoon";
        ws.Cell("A4").Value = "X-2";
        ws.Cell("B4").Value = "5-5-2016";
        ws.Cell("D4").Value = "Tweede Persoon";
        ws.Range("C3:C4").Merge();
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        var request = await factory.RequestAsync(ImportFile.FromBytes("signalen.xlsx", stream.ToArray()), "Werkmap " + Guid.NewGuid().ToString("N")[..6]);

        var report = await factory.DryRunAsync(request);

        report.HeaderRow.ShouldBe(2);
        report.SignalsInserted.ShouldBe(2, string.Join("\n", report.ProblemTexts));
        report.FileMessages.ShouldContain(m => m.StartsWith("Rij 3-4, kolom C: samengevoegde cellen (C3:C4)"));
    }

    [Fact]
    public async Task Files_that_cannot_be_read_are_refused_with_a_Dutch_message()
    {
        var region = await factory.RegionAsync();
        var pdf = ImportFile.FromBytes("lijst.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3"));
        var notSheet = await Should.ThrowAsync<ImportFileException>(() => factory.EngineAsync(e => e.PreviewAsync(pdf, region, "x", null, CancellationToken.None)));
        notSheet.Message.ShouldBe(ImportFileReader.NotASpreadsheet);
        var empty = ImportFile.FromBytes("leeg.csv", Encoding.UTF8.GetBytes(";;\n"));
        (await Should.ThrowAsync<ImportFileException>(() => factory.EngineAsync(e => e.PreviewAsync(empty, region, "x", null, CancellationToken.None))))
            .Message.ShouldBe(ImportFileReader.EmptySheet);
    }
}
