using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Labels;
using Schakel.Testing;
using Schakel.Web.Features.Import;
using static Schakel.IntegrationTests.Import.ImportPageData;

namespace Schakel.IntegrationTests.Import;

/// <summary>
/// One set of words for the state of an import: the administrator reads "Klaar", "Gestopt" or "Teruggedraaid" on the
/// import's page, and the privacy officer reads the same word for the same import in the audit log.
/// </summary>
public sealed partial class ImportWordingTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task The_audit_log_names_a_finished_stopped_and_rolled_back_import_with_the_words_of_its_page()
    {
        var prefix = "woorden-" + Guid.NewGuid().ToString("N")[..6];
        var file = ImportFile.FromBytes("lijst.csv", ImportSamples.Csv(prefix, 2));
        var finished = (await factory.ImportAsync(await factory.RequestAsync(file, $"ZVH {prefix}"))).BatchId!.Value;
        var rolledBack = (await factory.ImportAsync(await factory.RequestAsync(ImportFile.FromBytes("lijst.csv", ImportSamples.Csv(prefix + "t", 2)), $"AF {prefix}"))).BatchId!.Value;
        (await factory.RollbackAsync(rolledBack)).RolledBack.ShouldBeTrue();
        // An empty file stops the run: the batch ends as stopped, with what it saved kept.
        var request = await factory.RequestAsync(file, $"Politie {prefix}");
        var batch = await factory.EngineAsync(e => e.CreateBatchAsync(request, CancellationToken.None));
        var stopped = (await factory.EngineAsync(e => e.RunAsync(batch.Id, request with { File = ImportFile.FromBytes("leeg.csv", []) }, null, CancellationToken.None))).BatchId!.Value;

        var admin = await WebSession.SignedInAsync(factory, Administrator);
        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        foreach (var (id, status) in new[] { (finished, ImportBatchStatus.Finished), (stopped, ImportBatchStatus.Failed), (rolledBack, ImportBatchStatus.RolledBack) })
        {
            (await factory.WithAsync(db => db.Set<ImportBatch>().Where(b => b.Id == id).Select(b => b.Status).SingleAsync())).ShouldBe(status);
            var label = Dutch.Of(status);
            var page = WebUtility.HtmlDecode(await admin.GetHtmlAsync($"/beheer/import/{id}"));
            Badge(page).ShouldBe(label);

            var search = await fg.PostFormAsync("/privacy/audit", new()
            {
                ["RecordType"] = nameof(AuditRecordType.SignalImport),
                ["RecordId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            search.StatusCode.ShouldBe(HttpStatusCode.OK);
            var audit = WebUtility.HtmlDecode(await search.Content.ReadAsStringAsync());
            audit.ShouldContain($", status {label}:", customMessage: $"import {id} in the audit log");
        }
        var all = await fg.PostFormAsync("/privacy/audit", new() { ["RecordType"] = nameof(AuditRecordType.SignalImport) });
        var log = WebUtility.HtmlDecode(await all.Content.ReadAsStringAsync());
        foreach (var own in new[] { "voltooid", "afgebroken", "(teruggedraaid)", "import teruggedraaid:" })
        {
            log.ShouldNotContain(own, Case.Insensitive);
        }
    }

    /// <summary>The text of the status badge on an import's page.</summary>
    private static string Badge(string html)
    {
        var m = StatusBadge().Match(html);
        m.Success.ShouldBeTrue("the import page shows its status");
        return m.Groups[1].Value;
    }

    [GeneratedRegex("data-testid=\"import-status\">Status: <span class=\"[^\"]*\">([^<]*)</span>")]
    private static partial Regex StatusBadge();
}
