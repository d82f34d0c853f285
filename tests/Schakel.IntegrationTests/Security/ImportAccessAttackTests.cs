using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Audit;
using Schakel.IntegrationTests.Import;
using Schakel.IntegrationTests.Mail;
using Schakel.Testing;
using Schakel.Web.Features.Import;
using static Schakel.IntegrationTests.Import.ImportPageData;
using static Schakel.Testing.ImportSamples;

namespace Schakel.IntegrationTests.Security;

/// <summary>
/// The import pages attacked from the side: the chain director reaching for the rollback, another region's chain
/// director guessing upload and batch numbers, and an attention officer of another municipality opening an imported signal.
/// </summary>
public sealed class ImportAccessAttackTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private static string Unique(string name) => $"{name}-{Guid.NewGuid().ToString("N")[..8]}";

    private Task<ImportBatchStatus> StatusAsync(int batch) =>
        factory.WithAsync(db => db.Set<ImportBatch>().Where(b => b.Id == batch).Select(b => b.Status).SingleAsync());

    private Task<int> DeniedAsync(string recordId) =>
        factory.WithAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Denied && e.RecordType == nameof(AuditRecordType.SignalImport) && e.RecordId == recordId));

    [Fact]
    public async Task Only_the_administrator_rolls_back_the_chain_director_sees_the_import_but_gets_403_on_the_rollback()
    {
        var batch = await BatchAsync(factory, Unique("rol"));
        var director = await WebSession.SignedInAsync(factory, Director);

        var page = await director.GetHtmlAsync($"/beheer/import/{batch}");
        page.ShouldNotContain("data-testid=\"rollback\"");
        page.ShouldContain("data-testid=\"rollback-by-administrator\"");
        (await director.GetHtmlAsync("/beheer/import")).ShouldNotContain($"data-testid=\"rollback-{batch}\"");
        (await director.GetAsync($"/beheer/import/{batch}/terugdraaien")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // A post with a valid token from another page of the director is refused just the same, and nothing is rolled back.
        var post = await director.PostFormAsync($"/beheer/import/{batch}/terugdraaien", [], formPage: "/beheer/import");
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await StatusAsync(batch)).ShouldBe(ImportBatchStatus.Finished);

        var administrator = await WebSession.SignedInAsync(factory, Administrator);
        (await administrator.GetHtmlAsync($"/beheer/import/{batch}")).ShouldContain("data-testid=\"rollback\"");
        (await administrator.GetAsync($"/beheer/import/{batch}/terugdraaien")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_regions_chain_director_finds_no_upload_or_batch_of_this_region_changes_nothing_and_the_probe_is_audited()
    {
        await SecondRegion.EnsureAsync(factory);
        var prefix = Unique("idor");
        var administrator = await WebSession.SignedInAsync(factory, Administrator);
        var upload = UploadId(await UploadAsync(administrator, Csv(prefix, 2), "lijst.csv", $"ZVH {prefix}"));
        var batch = await BatchAsync(factory, Unique("idor-batch"));
        var mappingBefore = await factory.WithAsync(db => db.Set<ImportUpload>().Where(u => u.Id == upload).Select(u => u.MappingJson).SingleAsync());
        var batchesBefore = await factory.WithAsync(db => db.Set<ImportBatch>().CountAsync());

        var outsider = await WebSession.SignedInAsync(factory, SecondRegion.ChainDirector);
        (await outsider.GetHtmlAsync("/beheer/import")).ShouldNotContain($"ZVH {prefix}");
        string[] uploadPages = [$"/beheer/import/bestand/{upload}/kolommen", $"/beheer/import/bestand/{upload}/codes", $"/beheer/import/bestand/{upload}/proef"];
        string[] batchPages = [$"/beheer/import/{batch}", $"/beheer/import/{batch}/geweigerd", $"/beheer/import/{batch}/terugdraaien"];
        foreach (var path in uploadPages.Concat(batchPages))
        {
            (await outsider.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }
        // The outsider's own token (from the outsider's own import page) gets a post no further than a guessed number.
        var posts = new (string Path, Dictionary<string, string> Fields)[]
        {
            ($"/beheer/import/bestand/{upload}/kolommen", new() { ["Fields[0]"] = "SourceKey", ["Fields[1]"] = "ReceivedOn", ["Fields[2]"] = "Municipality" }),
            ($"/beheer/import/bestand/{upload}/kolommen?handler=Header", new() { ["HeaderRow"] = "2" }),
            ($"/beheer/import/bestand/{upload}/codes", new() { ["Codes[0].List"] = "Municipality", ["Codes[0].Value"] = "Zwolle", ["Codes[0].Code"] = "" }),
            ($"/beheer/import/bestand/{upload}/proef", []),
            ($"/beheer/import/{batch}/terugdraaien", []),
        };
        foreach (var (path, fields) in posts)
        {
            (await outsider.PostFormAsync(path, fields, formPage: "/beheer/import")).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }

        (await factory.WithAsync(db => db.Set<ImportUpload>().Where(u => u.Id == upload).Select(u => u.MappingJson).SingleAsync())).ShouldBe(mappingBefore);
        (await factory.WithAsync(db => db.Set<ImportUpload>().Where(u => u.Id == upload).Select(u => u.BatchId).SingleAsync())).ShouldBeNull();
        (await factory.WithAsync(db => db.Set<ImportBatch>().CountAsync())).ShouldBe(batchesBefore);
        (await StatusAsync(batch)).ShouldBe(ImportBatchStatus.Finished);
        (await DeniedAsync(ImportUploads.AuditId(upload))).ShouldBe(uploadPages.Length + posts.Length - 1);
        (await DeniedAsync(batch.ToString(CultureInfo.InvariantCulture))).ShouldBe(batchPages.Length + 1);

        // A number that exists nowhere is not a probe of another region: nothing to log.
        (await outsider.GetAsync("/beheer/import/987654")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await DeniedAsync("987654")).ShouldBe(0);
    }

    [Fact]
    public async Task A_row_naming_a_municipality_of_another_region_is_refused_and_never_lands_there()
    {
        await SecondRegion.EnsureAsync(factory);
        var source = Unique("grens");
        var file = ImportFiles.Csv(ImportFiles.Header, $"{source}-1;3-3-2019;Enschede;Seksuele uitbuiting;afgesloten;Grens {source};17-5-1994;");
        var enschedeBefore = await factory.WithAsync(db => db.Signals.CountAsync(s => s.Municipality!.Name == "Enschede"));

        var report = await factory.ImportAsync(await factory.RequestAsync(file, source));

        report.SignalsInserted.ShouldBe(0);
        report.SignalsRefused.ShouldBe(1);
        (await factory.WithAsync(db => db.Signals.CountAsync(s => s.Municipality!.Name == "Enschede"))).ShouldBe(enschedeBefore);
    }

    [Fact]
    public async Task A_file_that_never_became_an_import_is_gone_after_a_day_and_its_pages_with_it()
    {
        var administrator = await WebSession.SignedInAsync(factory, Administrator);
        var stale = UploadId(await UploadAsync(administrator, Csv(Unique("oud"), 2), "oud.csv", Unique("Oude bron")));
        var fresh = UploadId(await UploadAsync(administrator, Csv(Unique("vers"), 2), "vers.csv", Unique("Verse bron")));
        await factory.WithAsync(db => db.Set<ImportUpload>().Where(u => u.Id == stale).ExecuteUpdateAsync(u => u.SetProperty(x => x.CreatedAt, factory.Now.AddHours(-25))));

        factory.Services.GetRequiredService<ImportRunnerSignal>().Wake();

        (await Poll.UntilAsync(() => factory.WithAsync(async db => !await db.Set<ImportUpload>().AnyAsync(u => u.Id == stale)), seconds: 30))
            .ShouldBeTrue("the runner forgets an upload left for more than a day");
        (await factory.WithAsync(db => db.Set<ImportUploadContent>().AnyAsync(c => c.UploadId == stale))).ShouldBeFalse();
        (await administrator.GetAsync($"/beheer/import/bestand/{stale}/kolommen")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.WithAsync(db => db.Set<ImportUploadContent>().AnyAsync(c => c.UploadId == fresh))).ShouldBeTrue("an upload of today stays");
    }

    [Theory]
    [InlineData("af.zwolle@demo.schakel.nl", HttpStatusCode.OK)]
    [InlineData("ketenregisseur@demo.schakel.nl", HttpStatusCode.OK)]
    [InlineData("af.deventer@demo.schakel.nl", HttpStatusCode.Forbidden)]
    [InlineData("beheerder@demo.schakel.nl", HttpStatusCode.Forbidden)]
    [InlineData("fg@demo.schakel.nl", HttpStatusCode.Forbidden)]
    public async Task An_imported_signal_and_its_person_are_shown_under_the_same_need_to_know_as_any_signal(string account, HttpStatusCode expected)
    {
        var source = Unique("ntk");
        var name = $"Imported {source}";
        var file = ImportFiles.Csv(ImportFiles.Header, $"{source}-1;3-3-2019;Zwolle;Seksuele uitbuiting;Afgesloten;{name};17-5-1994;0612345678");
        var report = await factory.ImportAsync(await factory.RequestAsync(file, source));
        report.SignalsInserted.ShouldBe(1);
        var (reference, subject) = await factory.WithAsync(async db =>
        {
            var signal = await db.Signals.Include(s => s.Subjects).SingleAsync(s => s.Subjects.Any(p => p.FullName == name));
            return (signal.Reference, signal.Subjects.Single().Id);
        });

        var session = await WebSession.SignedInAsync(factory, account);
        var detail = await session.GetAsync($"/meldingen/{reference}");
        var person = await session.GetAsync($"/meldingen/{reference}/personen/{subject}");

        detail.StatusCode.ShouldBe(expected);
        person.StatusCode.ShouldBe(expected);
        var html = WebUtility.HtmlDecode(await detail.Content.ReadAsStringAsync() + await person.Content.ReadAsStringAsync());
        if (expected == HttpStatusCode.OK)
        {
            html.ShouldContain(name);
        }
        else
        {
            html.ShouldNotContain(name);
            html.ShouldNotContain("0612345678");
        }
    }
}
