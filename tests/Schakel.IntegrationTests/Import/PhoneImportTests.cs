using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Schakel.Testing;
using Schakel.Web.Features.Import;

namespace Schakel.IntegrationTests.Import;

/// <summary>Phone numbers typed into Excel without quotes are stored as numbers; the import gives them their 0 or + back.</summary>
public sealed class PhoneImportTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task Phone_numbers_Excel_stored_as_numbers_are_imported_in_their_Dutch_form()
    {
        var prefix = Guid.NewGuid().ToString("N")[..8];
        using var workbook = new XLWorkbook();
        var ws = workbook.AddWorksheet("Signalen");
        string[] header = ["Nummer", "Datum melding", "Gemeente", "Naam slachtoffer", "Telefoon"];
        for (var i = 0; i < header.Length; i++)
        {
            ws.Cell(1, i + 1).Value = header[i];
        }
        (string Name, object Phone)[] rows = [("Mobiel", 612345678), ("Buitenland", 31612345678L), ("Vast", 383456789), ("Tekst", "06-87654321")];
        for (var r = 0; r < rows.Length; r++)
        {
            ws.Cell(r + 2, 1).Value = $"{prefix}-{r}";
            ws.Cell(r + 2, 2).Value = "1-3-2019";
            ws.Cell(r + 2, 3).Value = "Zwolle";
            ws.Cell(r + 2, 4).Value = $"{rows[r].Name} {prefix}";
            ws.Cell(r + 2, 5).Value = rows[r].Phone;
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        var request = await factory.RequestAsync(ImportFile.FromBytes("telefoons.xlsx", stream.ToArray()), "Telefoons " + prefix);

        var report = await factory.ImportAsync(request);

        report.SignalsInserted.ShouldBe(4, string.Join("\n", report.ProblemTexts));
        var phones = await factory.WithAsync(db => db.Subjects.Where(s => s.FullName!.EndsWith(prefix)).ToDictionaryAsync(s => s.FullName!, s => s.Phones));
        phones[$"Mobiel {prefix}"].ShouldBe("0612345678");
        phones[$"Buitenland {prefix}"].ShouldBe("+31612345678");
        phones[$"Vast {prefix}"].ShouldBe("0383456789");
        phones[$"Tekst {prefix}"].ShouldBe("06-87654321");
    }
}
