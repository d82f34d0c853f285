using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.IntegrationTests.Mail;
using Schakel.Testing;
using Schakel.Web.Features.Import;
using static Schakel.IntegrationTests.Import.ImportPageData;
using static Schakel.Testing.ImportSamples;

namespace Schakel.IntegrationTests.Import;

/// <summary>
/// The import pages at /beheer/import: the upload refuses what is not a spreadsheet, the column mapping is remembered
/// per source, the progress page shows the counts, and the rollback closes after 30 days.
/// </summary>
public sealed class ImportPageTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private static string Unique(string name) => $"{name}-{Guid.NewGuid().ToString("N")[..8]}";

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_is_refused_in_Dutch_and_the_form_keeps_the_source_name()
    {
        var session = await WebSession.SignedInAsync(factory, Administrator);
        var before = await factory.WithAsync(db => db.Set<ImportUpload>().CountAsync());

        var pdf = await UploadAsync(session, "%PDF-1.4 jaarverslag"u8.ToArray(), "jaarverslag.pdf", "ZVH-lijst 2015-2024");
        pdf.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await pdf.Content.ReadAsStringAsync());
        html.ShouldContain("‘jaarverslag.pdf’ is geen spreadsheet. Kies een Excel-bestand (.xlsx) of een CSV-bestand (.csv).");
        html.ShouldContain("value=\"ZVH-lijst 2015-2024\"");

        // Named like a workbook, but it is not one: the reader refuses it in Dutch, beside the field.
        var fake = await UploadAsync(session, "Nummer;Datum melding\n1;2019"u8.ToArray(), "lijst.xlsx", "ZVH-lijst 2015-2024");
        fake.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html = WebUtility.HtmlDecode(await fake.Content.ReadAsStringAsync());
        html.ShouldContain("id=\"file-error\"");
        html.ShouldContain("value=\"ZVH-lijst 2015-2024\"");

        var missing = await UploadAsync(session, "x"u8.ToArray(), "lijst.csv", "");
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()).ShouldContain("Geef de naam van de bron");

        (await factory.WithAsync(db => db.Set<ImportUpload>().CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task The_column_mapping_is_remembered_for_the_source_at_its_next_upload_and_not_for_another_source()
    {
        var session = await WebSession.SignedInAsync(factory, Director);
        var prefix = Unique("onthoud");
        var source = $"AF-lijst {prefix}";
        // "Locatie" is no name the guesser knows: the administrator maps it by hand.
        var file = Csv(prefix, 2, municipalityHeader: "Locatie");

        var first = UploadId(await UploadAsync(session, file, "lijst.csv", source));
        var html = WebUtility.HtmlDecode(await session.GetHtmlAsync($"/beheer/import/bestand/{first}/kolommen"));
        SelectedField(html, "Locatie").ShouldBeNull();
        SelectedField(html, "Datum melding").ShouldBe(nameof(ImportField.ReceivedOn));

        // Without the municipality the page refuses, keeps the choices and says which field is missing.
        var refused = await ImportPageForms.SubmitAsync(session, $"/beheer/import/bestand/{first}/kolommen", "column-mapping");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Koppel een kolom aan ‘Gemeente’");

        var mapped = await ImportPageForms.SubmitAsync(session, $"/beheer/import/bestand/{first}/kolommen", "column-mapping",
            new() { ["Fields[2]"] = nameof(ImportField.Municipality) });
        mapped.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        mapped.Headers.Location!.ToString().ShouldEndWith($"/beheer/import/bestand/{first}/codes");
        (await ImportPageForms.SubmitAsync(session, $"/beheer/import/bestand/{first}/codes", "code-mapping")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var started = await session.PostFormAsync($"/beheer/import/bestand/{first}/proef", []);
        started.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        started.Headers.Location!.ToString().ShouldMatch("/beheer/import/\\d+$");

        var second = UploadId(await UploadAsync(session, file, "lijst-2.csv", source));
        html = WebUtility.HtmlDecode(await session.GetHtmlAsync($"/beheer/import/bestand/{second}/kolommen"));
        SelectedField(html, "Locatie").ShouldBe(nameof(ImportField.Municipality));
        html.ShouldContain($"zoals bij de vorige import van ‘{source}’");

        var other = UploadId(await UploadAsync(session, file, "lijst.csv", $"Andere bron {prefix}"));
        html = WebUtility.HtmlDecode(await session.GetHtmlAsync($"/beheer/import/bestand/{other}/kolommen"));
        SelectedField(html, "Locatie").ShouldBeNull();
    }

    [Fact]
    public async Task The_progress_page_shows_rows_done_refused_and_time_left_and_reloads_itself_until_the_user_stops_it()
    {
        var id = await BatchAsync(factory, Unique("voortgang"), 0, ImportBatchStatus.Running, b =>
        {
            b.RowsTotal = 1000;
            b.RowsDone = 250;
            b.RowsRefused = 3;
            b.StartedAt = factory.Now.AddSeconds(-30);
        });
        var session = await WebSession.SignedInAsync(factory, Administrator);

        var response = await session.GetAsync($"/beheer/import/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Refresh").ShouldBe(["2"]);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("<progress id=\"voortgang\" max=\"1000\" value=\"250\">");
        html.ShouldContain("<span data-testid=\"rows-done\">250</span>");
        html.ShouldContain("<span data-testid=\"rows-total\">1.000</span>");
        html.ShouldContain("<span data-testid=\"rows-refused\">3</span>");
        // 250 rows in 30 seconds: the other 750 take about 90 seconds.
        html.ShouldContain("<span data-testid=\"time-left\">nog ongeveer 2 minuten</span>");

        var still = await session.GetAsync($"/beheer/import/{id}?verversen=uit");
        still.Headers.Contains("Refresh").ShouldBeFalse();
    }

    [Fact]
    public async Task The_rollback_button_is_gone_after_30_days_and_a_rollback_asked_for_anyway_is_refused_in_Dutch()
    {
        var old = await BatchAsync(factory, Unique("oud"), finishedDaysAgo: 31);
        var recent = await BatchAsync(factory, Unique("recent"), finishedDaysAgo: 29);
        var session = await WebSession.SignedInAsync(factory, Administrator);

        var list = await session.GetHtmlAsync("/beheer/import");
        list.ShouldContain($"data-testid=\"rollback-{recent}\"");
        list.ShouldNotContain($"data-testid=\"rollback-{old}\"");

        var page = WebUtility.HtmlDecode(await session.GetHtmlAsync($"/beheer/import/{old}"));
        page.ShouldNotContain("data-testid=\"rollback\"");
        page.ShouldContain("Deze import kan niet meer worden teruggedraaid: dat kan tot 30 dagen nadat hij klaar was");
        (await session.GetHtmlAsync($"/beheer/import/{recent}")).ShouldContain("data-testid=\"rollback\"");

        var post = await session.PostFormAsync($"/beheer/import/{old}/terugdraaien", []);
        post.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await post.Content.ReadAsStringAsync()).ShouldContain("kan niet meer worden teruggedraaid");
        (await factory.WithAsync(db => db.Set<ImportBatch>().Where(b => b.Id == old).Select(b => b.Status).SingleAsync())).ShouldBe(ImportBatchStatus.Finished);
    }

    [Fact]
    public async Task An_import_runs_in_the_background_to_its_result_and_is_rolled_back_after_confirmation()
    {
        var session = await WebSession.SignedInAsync(factory, Administrator);
        var prefix = Unique("achtergrond");
        var upload = UploadId(await UploadAsync(session, Csv(prefix, 3), "lijst.csv", $"ZVH {prefix}"));
        (await ImportPageForms.SubmitAsync(session, $"/beheer/import/bestand/{upload}/kolommen", "column-mapping")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ImportPageForms.SubmitAsync(session, $"/beheer/import/bestand/{upload}/codes", "code-mapping")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var dryRun = WebUtility.HtmlDecode(await session.GetHtmlAsync($"/beheer/import/bestand/{upload}/proef"));
        dryRun.ShouldContain("Nieuwe meldingen");
        var started = await session.PostFormAsync($"/beheer/import/bestand/{upload}/proef", []);
        var batchPath = started.Headers.Location!.ToString();

        (await Poll.UntilAsync(async () => (await session.GetHtmlAsync(batchPath)).Contains("data-testid=\"import-result\"", StringComparison.Ordinal), seconds: 60))
            .ShouldBeTrue("the import finished in the background");
        var result = await session.GetHtmlAsync(batchPath);
        result.ShouldContain("<dd class=\"utrecht-data-list__item-value\" data-testid=\"signals-inserted\">3</dd>");
        result.ShouldContain("data-testid=\"refused-link\"");
        // The runner keeps the rows with problems and deletes the file right after the engine finished.
        (await Poll.UntilAsync(() => factory.WithAsync(db => db.Set<ImportUpload>().AnyAsync(u => u.Id == upload && u.ProblemsJson != null && u.ClaimedBy == null))))
            .ShouldBeTrue("the runner finished its part");
        (await factory.WithAsync(db => db.Set<ImportUploadContent>().AnyAsync(c => c.UploadId == upload))).ShouldBeFalse();
        (await session.GetHtmlAsync(batchPath + "/geweigerd")).ShouldContain("data-testid=\"no-problems\"");

        var confirm = WebUtility.HtmlDecode(await session.GetHtmlAsync(batchPath + "/terugdraaien"));
        confirm.ShouldContain("Weet u zeker dat u de import van ‘lijst.csv’");
        var rolledBack = await session.PostFormAsync(batchPath + "/terugdraaien", []);
        rolledBack.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        WebUtility.HtmlDecode(await session.GetHtmlAsync(batchPath)).ShouldContain("Teruggedraaid");
    }
}
