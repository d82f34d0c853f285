using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Schakel.Testing;
using Schakel.Web.Features.Import;
using static Schakel.IntegrationTests.Import.ImportPageData;

namespace Schakel.IntegrationTests.Import;

/// <summary>
/// Hostile files uploaded at /beheer/import: each is refused beside the file field with the reader's Dutch message and
/// a 400, the source name stays in the form, nothing is stored, and the app keeps serving.
/// </summary>
public sealed class HostileUploadTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string EntityBomb = """
        <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lolololololol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol4;</t></is></c></row></sheetData></worksheet>
        """;

    public static TheoryData<string, string, string> Files() => new()
    {
        { "kolom", "signalen.xlsx", "Rij 2, kolom ZZZZZZZ: deze kolom ligt voorbij de laatste kolom die Excel kent" },
        { "entiteiten", "signalen.xlsx", SheetLimits.Damaged },
        { "binair", "lijst.csv", ImportFileReader.NotText },
        { "veld", "lijst.csv", SheetLimits.TextTooLong(2) },
    };

    private static byte[] Content(string kind) => kind switch
    {
        "kolom" => CraftedXlsx.Sheet("""<row r="2"><c r="ZZZZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>"""),
        "entiteiten" => CraftedXlsx.Build(w => w.Write(EntityBomb), w => w.Write("""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>""")),
        "binair" => [.. Encoding.UTF8.GetBytes("Datum melding;Gemeente\n1-1-2019;Zwolle\n"), 0, 1, 2, 0, 0xFF, 0],
        _ => Encoding.UTF8.GetBytes("Datum melding;Gemeente\n\"" + new string('x', 2 * 1024 * 1024)),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_hostile_file_is_refused_beside_the_field_with_a_400_and_the_form_kept(string kind, string fileName, string message)
    {
        var session = await WebSession.SignedInAsync(factory, Administrator);
        var before = await factory.WithAsync(db => db.Set<ImportUpload>().CountAsync());

        var response = await UploadAsync(session, Content(kind), fileName, "Vijandig bestand");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("id=\"file-error\"");
        html.ShouldContain(message);
        html.ShouldContain("value=\"Vijandig bestand\"");
        (await factory.WithAsync(db => db.Set<ImportUpload>().CountAsync())).ShouldBe(before);
        (await session.Client.GetAsync("/beheer/import")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_number_repeated_over_many_rows_is_one_refused_signal_not_one_that_grows_without_bound()
    {
        var prefix = Guid.NewGuid().ToString("N")[..8];
        var lines = new List<string> { "Nummer;Datum melding;Gemeente;Naam slachtoffer", $"{prefix}-1;1-3-2019;Zwolle;Eerste" };
        lines.AddRange(Enumerable.Range(0, 5000).Select(i => $"{prefix}-1;1-3-2019;Zwolle;Persoon {i}"));
        lines.Add($"{prefix}-2;2-3-2019;Zwolle;Tweede");
        var request = await factory.RequestAsync(ImportFiles.Csv([.. lines]), "Herhaald " + prefix);

        var report = await factory.DryRunAsync(request);

        report.SignalsRefused.ShouldBe(1);
        report.SignalsInserted.ShouldBe(1);
        report.PersonsInserted.ShouldBe(1);
        report.ProblemTexts.ShouldContain(t => t.Contains($"meer dan {ImportRowParser.MaxRowsPerSignal} rijen na elkaar hebben dit nummer ('{prefix}-1')"));
    }
}
