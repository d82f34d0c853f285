using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.IntegrationTests.Import;
using Schakel.Testing;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Features.Import;
using static Schakel.IntegrationTests.Import.ImportPageData;
using static Schakel.Testing.ImportSamples;

namespace Schakel.IntegrationTests.Security;

/// <summary>
/// The import pages fed hostile input: posts without the anti-forgery token, markup in the file name, the source name,
/// a column header and the cells; and the audit trail of what the pages show and store from the file.
/// </summary>
public sealed class ImportInputAttackTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private static string Unique(string name) => $"{name}-{Guid.NewGuid().ToString("N")[..8]}";

    private Task<List<AuditEntry>> EntriesAsync(string recordId) =>
        factory.WithAsync(db => db.AuditEntries.Where(e => e.RecordType == nameof(AuditRecordType.SignalImport) && e.RecordId == recordId).OrderBy(e => e.Sequence).ToListAsync());

    [Fact]
    public async Task Every_post_of_the_import_pages_and_the_notification_button_is_refused_without_the_anti_forgery_token()
    {
        var session = await WebSession.SignedInAsync(factory, Administrator);
        var upload = await SampleUploadAsync(factory);
        var batch = await BatchAsync(factory, Unique("csrf"));
        var uploadsBefore = await factory.WithAsync(db => db.Set<ImportUpload>().CountAsync());

        using (var multipart = new MultipartFormDataContent())
        {
            multipart.Add(new ByteArrayContent(Csv("csrf")), "file", "lijst.csv");
            multipart.Add(new StringContent("CSRF-bron"), "SourceName");
            (await session.Client.PostAsync("/beheer/import", multipart)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }
        string[] paths =
        [
            $"/beheer/import/bestand/{upload}/kolommen", $"/beheer/import/bestand/{upload}/kolommen?handler=Header",
            $"/beheer/import/bestand/{upload}/codes", $"/beheer/import/bestand/{upload}/proef", $"/beheer/import/{batch}/terugdraaien",
            "/meldingen-voor-mij?handler=Read&id=1",
        ];
        foreach (var path in paths)
        {
            using var form = new FormUrlEncodedContent([new("HeaderRow", "2"), new("terug", "/")]);
            (await session.Client.PostAsync(path, form)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, path);
        }

        (await factory.WithAsync(db => db.Set<ImportUpload>().CountAsync())).ShouldBe(uploadsBefore);
        (await factory.WithAsync(db => db.Set<ImportUpload>().Where(u => u.Id == upload).Select(u => u.BatchId).SingleAsync())).ShouldBeNull();
        (await factory.WithAsync(db => db.Set<ImportBatch>().Where(b => b.Id == batch).Select(b => b.Status).SingleAsync())).ShouldBe(ImportBatchStatus.Finished);
    }

    private const string FileName = "<img src=x onerror=alert(1)>.csv";
    private const string Header = "<script>alert('kop')</script>";
    private const string NameCell = "Anna'><img src=x onerror=alert('cel')>";
    // No slash: the form column reads "a/b" as two forms.
    private const string FormCell = "<b onmouseover=alert('code')>vorm";
    private const string FormulaCell = "=HYPERLINK(http://voorbeeld.invalid)";

    private static void ShouldBeEncoded(string html, string page)
    {
        foreach (var raw in new[] { "<img src=x onerror", "<script>alert(", "<b onmouseover" })
        {
            html.Contains(raw, StringComparison.OrdinalIgnoreCase).ShouldBeFalse($"raw markup {raw} on {page}");
        }
    }

    [Fact]
    public async Task Markup_in_the_file_name_source_header_and_cells_is_shown_encoded_on_every_import_page()
    {
        var session = await WebSession.SignedInAsync(factory, Administrator);
        var source = $"<script>alert('bron')</script> {Unique("xss")}";
        var csv = $"Nummer;Datum melding;Gemeente;Vorm;Naam slachtoffer;{Header}\n" +
                  $"X-1;1-3-2019;Zwolle;{FormCell};{NameCell};iets\n" +
                  $"X-2;{FormulaCell};Zwolle;Seksuele uitbuiting;Persoon;iets\n";
        var upload = UploadId(await UploadAsync(session, Encoding.UTF8.GetBytes(csv), FileName, source));
        (await factory.WithAsync(db => db.Set<ImportUpload>().Where(u => u.Id == upload).Select(u => u.FileName).SingleAsync())).ShouldBe(FileName);

        var columns = await session.GetHtmlAsync($"/beheer/import/bestand/{upload}/kolommen");
        WebUtility.HtmlDecode(columns).ShouldContain(Header);
        WebUtility.HtmlDecode(columns).ShouldContain(NameCell);
        ShouldBeEncoded(columns, "kolommen");
        (await ImportPageForms.SubmitAsync(session, $"/beheer/import/bestand/{upload}/kolommen", "column-mapping")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var codes = await session.GetHtmlAsync($"/beheer/import/bestand/{upload}/codes");
        WebUtility.HtmlDecode(codes).ShouldContain(FormCell);
        ShouldBeEncoded(codes, "codes");
        var dryRun = await session.GetHtmlAsync($"/beheer/import/bestand/{upload}/proef");
        WebUtility.HtmlDecode(dryRun).ShouldContain(FileName);
        ShouldBeEncoded(dryRun, "proef");
        ShouldBeEncoded(await session.GetHtmlAsync("/beheer/import"), "overzicht");

        var batch = await BatchAsync(factory, source, change: b => b.FileName = FileName);
        var result = await session.GetHtmlAsync($"/beheer/import/{batch}");
        WebUtility.HtmlDecode(result).ShouldContain(FileName);
        ShouldBeEncoded(result, "import");
        ShouldBeEncoded(await session.GetHtmlAsync($"/beheer/import/{batch}/geweigerd"), "geweigerd");
        ShouldBeEncoded(await session.GetHtmlAsync($"/beheer/import/{batch}/terugdraaien"), "terugdraaien");
        ShouldBeEncoded(await session.GetHtmlAsync("/beheer/import"), "overzicht met import");
    }

    [Fact]
    public async Task A_file_name_too_long_to_store_is_refused_in_Dutch_and_a_direction_override_is_taken_out()
    {
        var session = await WebSession.SignedInAsync(factory, Administrator);
        var before = await factory.WithAsync(db => db.Set<ImportUpload>().CountAsync());

        // The browser sends the name in a header: longer than the column holds, PostgreSQL refused the insert with a 500.
        var tooLong = await UploadAsync(session, Csv(Unique("lang")), new string('a', 300) + ".csv", "Lange naam");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync()).ShouldContain("De naam van het bestand is langer dan 200 tekens.");
        (await factory.WithAsync(db => db.Set<ImportUpload>().CountAsync())).ShouldBe(before);

        // U+202E would show "lijst" + "xslx.csv" reversed: the name would read as another file than it is.
        var upload = UploadId(await UploadAsync(session, Csv(Unique("omkeer")), "lijst\u202Exslx.csv", Unique("Omkeer")));
        (await factory.WithAsync(db => db.Set<ImportUpload>().Where(u => u.Id == upload).Select(u => u.FileName).SingleAsync())).ShouldBe("lijstxslx.csv");
    }

    [Fact]
    public async Task Storing_a_file_showing_its_first_rows_and_changing_its_mapping_each_leave_one_audit_entry_naming_the_file()
    {
        var session = await WebSession.SignedInAsync(factory, Director);
        var prefix = Unique("audit");
        var upload = UploadId(await UploadAsync(session, Csv(prefix, 2), "lijst.csv", $"AF-lijst {prefix}"));
        var id = ImportUploads.AuditId(upload);
        var stored = (await EntriesAsync(id)).ShouldHaveSingleItem();
        stored.Action.ShouldBe(AuditAction.Create);
        stored.UserId.ShouldNotBeNull();
        stored.Details!.ShouldContain($"importbestand {upload}");

        await session.GetHtmlAsync($"/beheer/import/bestand/{upload}/kolommen");
        var read = (await EntriesAsync(id)).Skip(1).ShouldHaveSingleItem();
        read.Action.ShouldBe(AuditAction.Read);
        read.Details!.ShouldContain($"importbestand {upload}");

        (await ImportPageForms.SubmitAsync(session, $"/beheer/import/bestand/{upload}/kolommen", "column-mapping")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ImportPageForms.SubmitAsync(session, $"/beheer/import/bestand/{upload}/codes", "code-mapping")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var entries = await EntriesAsync(id);
        // Submitting the column form read the page twice more (its choices, then its token); then the two mapping changes.
        entries.Select(e => e.Action).ShouldBe([AuditAction.Create, AuditAction.Read, AuditAction.Read, AuditAction.Read, AuditAction.Update, AuditAction.Update]);
        entries[4].Details!.ShouldContain("kolomkoppeling");
        entries[5].Details!.ShouldContain("codekoppeling");
    }
}
