using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.IntegrationTests.Mail;
using Schakel.Testing;
using Schakel.Web.Features.Import;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Identity;
using static Schakel.IntegrationTests.Import.ImportPageData;
using static Schakel.Testing.ImportSamples;

namespace Schakel.IntegrationTests.Import;

/// <summary>
/// An instance that dies after writing part of an import leaves signals that already carry the batch; the instance that
/// takes the run over counts them as that batch's own, so the import page tells how many signals the import added.
/// </summary>
public sealed class ImportTakeoverTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task What_a_died_run_already_wrote_counts_as_inserted_by_the_batch_after_the_takeover()
    {
        var session = await WebSession.SignedInAsync(factory, Administrator);
        var prefix = $"deels-{Guid.NewGuid().ToString("N")[..8]}";
        var upload = UploadId(await UploadAsync(session, Csv(prefix, 3), "lijst.csv", $"ZVH {prefix}"));
        (await ImportPageForms.SubmitAsync(session, $"/beheer/import/bestand/{upload}/kolommen", "column-mapping")).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        (await ImportPageForms.SubmitAsync(session, $"/beheer/import/bestand/{upload}/codes", "code-mapping")).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);

        // The batch written in full by an instance that then died before it could say so: running, its counts not yet
        // saved, its claim just expired. Made in one go, so this instance's runner never sees it waiting.
        var id = await factory.WithAsync(async db =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var stored = await services.GetRequiredService<SchakelDb>().Set<ImportUpload>().SingleAsync(u => u.Id == upload);
            var file = (await services.GetRequiredService<ImportUploads>().OpenAsync(stored, default))!;
            var admin = await services.GetRequiredService<UserManager<SchakelUser>>().FindByEmailAsync(Administrator);
            var user = await services.GetRequiredService<IUserClaimsPrincipalFactory<SchakelUser>>().CreateAsync(admin!);
            var engine = services.GetRequiredService<ImportEngine>();
            var request = ImportUploads.Request(stored, file, user);
            var batch = await engine.CreateBatchAsync(request, default);
            var mine = await db.Set<ImportUpload>().SingleAsync(u => u.Id == upload);
            mine.BatchId = batch.Id;
            mine.ClaimedBy = "verdwenen-server:1";
            mine.ClaimedUntil = factory.Now.AddMinutes(10);
            await db.SaveChangesAsync();
            (await engine.RunAsync(batch.Id, request, null, default)).SignalsInserted.ShouldBe(3);
            await db.Set<ImportBatch>().Where(b => b.Id == batch.Id).ExecuteUpdateAsync(u => u
                .SetProperty(b => b.Status, ImportBatchStatus.Running).SetProperty(b => b.FinishedAt, (DateTimeOffset?)null)
                .SetProperty(b => b.RowsDone, 0).SetProperty(b => b.SignalsInserted, 0).SetProperty(b => b.PersonsInserted, 0));
            await db.Set<ImportUpload>().Where(u => u.Id == upload).ExecuteUpdateAsync(u => u.SetProperty(x => x.ClaimedUntil, factory.Now.AddSeconds(-1)));
            return batch.Id;
        });
        factory.Services.GetRequiredService<ImportRunnerSignal>().Wake();

        (await Poll.UntilAsync(() => factory.WithAsync(db => db.Set<ImportBatch>().AnyAsync(b => b.Id == id && b.Status == ImportBatchStatus.Finished)), seconds: 60))
            .ShouldBeTrue("the run is taken over once the dead instance's claim has run out");
        var done = await factory.WithAsync(db => db.Set<ImportBatch>().SingleAsync(b => b.Id == id));
        done.SignalsInserted.ShouldBe(3);
        done.SignalsUnchanged.ShouldBe(0);
        done.PersonsInserted.ShouldBe(await factory.WithAsync(db => db.Subjects.CountAsync(s => db.Signals.Any(g => g.Id == s.SignalId && g.ImportBatchId == id))));
        (await factory.WithAsync(db => db.Signals.CountAsync(s => s.ImportBatchId == id))).ShouldBe(3);
    }

    [Fact]
    public async Task An_import_that_keeps_bringing_instances_down_is_given_up_its_file_deleted_and_the_end_audited()
    {
        var session = await WebSession.SignedInAsync(factory, Administrator);
        var prefix = $"opgegeven-{Guid.NewGuid().ToString("N")[..8]}";
        var upload = UploadId(await UploadAsync(session, Csv(prefix, 2), "lijst.csv", $"ZVH {prefix}"));
        (await ImportPageForms.SubmitAsync(session, $"/beheer/import/bestand/{upload}/kolommen", "column-mapping")).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        (await ImportPageForms.SubmitAsync(session, $"/beheer/import/bestand/{upload}/codes", "code-mapping")).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);

        // Started as often as the runner allows, each time by an instance that then died; its last claim just expired.
        var id = await factory.WithAsync(async db =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var stored = await services.GetRequiredService<SchakelDb>().Set<ImportUpload>().SingleAsync(u => u.Id == upload);
            var file = (await services.GetRequiredService<ImportUploads>().OpenAsync(stored, default))!;
            var batch = await services.GetRequiredService<ImportEngine>().CreateBatchAsync(ImportUploads.Request(stored, file, null), default);
            var mine = await db.Set<ImportUpload>().SingleAsync(u => u.Id == upload);
            mine.BatchId = batch.Id;
            mine.Attempts = ImportRunner.MaxAttempts;
            mine.ClaimedBy = "verdwenen-server:1";
            mine.ClaimedUntil = factory.Now.AddSeconds(-1);
            var left = await db.Set<ImportBatch>().SingleAsync(b => b.Id == batch.Id);
            left.Status = ImportBatchStatus.Running;
            await db.SaveChangesAsync();
            return batch.Id;
        });
        factory.Services.GetRequiredService<ImportRunnerSignal>().Wake();

        (await Poll.UntilAsync(() => factory.WithAsync(db => db.Set<ImportBatch>().AnyAsync(b => b.Id == id && b.Status == ImportBatchStatus.Failed)), seconds: 60))
            .ShouldBeTrue("the runner gives the import up");
        (await factory.WithAsync(db => db.Set<ImportUploadContent>().AnyAsync(c => c.UploadId == upload))).ShouldBeFalse("the file with its personal data is deleted");
        var recordId = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        (await Poll.UntilAsync(() => factory.WithAsync(db => db.AuditEntries.AnyAsync(e => e.RecordType == nameof(Schakel.Core.Audit.AuditRecordType.SignalImport)
            && e.RecordId == recordId && e.Details!.Contains("status Gestopt") && e.Details.Contains("keer begonnen zonder af te komen")))))
            .ShouldBeTrue("the end of the import is in the audit chain");
        WebUtility.HtmlDecode(await session.GetHtmlAsync($"/beheer/import/{id}")).ShouldContain("keer begonnen zonder af te komen");
    }
}
