using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Audit;
using Schakel.IntegrationTests.Mail;
using Schakel.Testing;
using Schakel.Web.Features.Import;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Identity;
using static Schakel.IntegrationTests.Import.ImportPageData;
using static Schakel.Testing.ImportSamples;

namespace Schakel.IntegrationTests.Import;

/// <summary>
/// An import whose instance dies is taken over by another once the lease runs out: run again from the top, counting
/// what the first run already wrote as the batch's own; one that keeps bringing instances down is given up.
/// </summary>
public sealed class ImportTakeoverTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task A_run_left_behind_by_an_instance_that_died_is_taken_over_when_its_lease_has_run_out()
    {
        var (_, upload) = await MappedUploadAsync("overname", signals: 2);
        var id = await ClaimedBatchAsync(upload);
        await LeaveBehindAsync(id, upload);

        (await FinishesAsync(id, ImportBatchStatus.Finished)).ShouldBeTrue("another instance's expired claim does not keep the import from running");
        (await Poll.UntilAsync(() => factory.WithAsync(db => db.Set<ImportUpload>().AnyAsync(u => u.Id == upload && u.ClaimedBy == null)))).ShouldBeTrue();
        (await factory.WithAsync(db => db.Set<ImportBatch>().SingleAsync(b => b.Id == id))).SignalsInserted.ShouldBe(2);
        (await factory.WithAsync(db => db.Set<ImportUpload>().SingleAsync(u => u.Id == upload))).ProblemsJson.ShouldNotBeNull();
    }

    [Fact]
    public async Task What_a_died_run_already_wrote_counts_as_inserted_by_the_batch_after_the_takeover()
    {
        var (_, upload) = await MappedUploadAsync("deels", signals: 3);
        var id = await ClaimedBatchAsync(upload, runFirst: true);
        await LeaveBehindAsync(id, upload);

        (await FinishesAsync(id, ImportBatchStatus.Finished)).ShouldBeTrue("the run is taken over once the dead instance's claim has run out");
        var done = await factory.WithAsync(db => db.Set<ImportBatch>().SingleAsync(b => b.Id == id));
        done.SignalsInserted.ShouldBe(3);
        done.SignalsUnchanged.ShouldBe(0);
        done.PersonsInserted.ShouldBe(await factory.WithAsync(db => db.Subjects.CountAsync(s => db.Signals.Any(g => g.Id == s.SignalId && g.ImportBatchId == id))));
        (await factory.WithAsync(db => db.Signals.CountAsync(s => s.ImportBatchId == id))).ShouldBe(3);
    }

    [Fact]
    public async Task An_import_that_keeps_bringing_instances_down_is_given_up_its_file_deleted_and_the_end_audited()
    {
        var (session, upload) = await MappedUploadAsync("opgegeven", signals: 2);
        var id = await ClaimedBatchAsync(upload);
        await LeaveBehindAsync(id, upload, attempts: ImportRunner.MaxAttempts);

        (await FinishesAsync(id, ImportBatchStatus.Failed)).ShouldBeTrue("the runner gives the import up");
        (await factory.WithAsync(db => db.Set<ImportUploadContent>().AnyAsync(c => c.UploadId == upload))).ShouldBeFalse("the file with its personal data is deleted");
        var recordId = id.ToString(CultureInfo.InvariantCulture);
        (await Poll.UntilAsync(() => factory.WithAsync(db => db.AuditEntries.AnyAsync(e => e.RecordType == nameof(AuditRecordType.SignalImport)
            && e.RecordId == recordId && e.Details!.Contains("status Gestopt") && e.Details.Contains("keer begonnen zonder af te komen")))))
            .ShouldBeTrue("the end of the import is in the audit chain");
        WebUtility.HtmlDecode(await session.GetHtmlAsync($"/beheer/import/{id}")).ShouldContain("keer begonnen zonder af te komen");
    }

    /// <summary>A CSV of <paramref name="signals"/> signals uploaded by the administrator, with the guessed mapping accepted.</summary>
    private async Task<(WebSession Session, int Upload)> MappedUploadAsync(string name, int signals)
    {
        var session = await WebSession.SignedInAsync(factory, Administrator);
        var prefix = $"{name}-{Guid.NewGuid().ToString("N")[..8]}";
        var upload = UploadId(await UploadAsync(session, Csv(prefix, signals), "lijst.csv", $"ZVH {prefix}"));
        (await ImportPageForms.SubmitAsync(session, $"/beheer/import/bestand/{upload}/kolommen", "column-mapping")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ImportPageForms.SubmitAsync(session, $"/beheer/import/bestand/{upload}/codes", "code-mapping")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (session, upload);
    }

    /// <summary>
    /// The upload's batch, claimed by an instance elsewhere (so this instance's runner leaves it alone); with
    /// <paramref name="runFirst"/> that instance also wrote the whole file before it died.
    /// </summary>
    private async Task<int> ClaimedBatchAsync(int upload, bool runFirst = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<SchakelDb>();
        var stored = await db.Set<ImportUpload>().SingleAsync(u => u.Id == upload);
        var file = (await services.GetRequiredService<ImportUploads>().OpenAsync(stored, default))!;
        var admin = await services.GetRequiredService<UserManager<SchakelUser>>().FindByEmailAsync(Administrator);
        var request = ImportUploads.Request(stored, file, await services.GetRequiredService<IUserClaimsPrincipalFactory<SchakelUser>>().CreateAsync(admin!));
        var engine = services.GetRequiredService<ImportEngine>();
        var batch = await engine.CreateBatchAsync(request, default);
        stored.BatchId = batch.Id;
        stored.ClaimedBy = "verdwenen-server:1";
        stored.ClaimedUntil = factory.Now.AddMinutes(10);
        await db.SaveChangesAsync();
        if (runFirst)
        {
            (await engine.RunAsync(batch.Id, request, null, default)).SignalsInserted.ShouldBeGreaterThan(0);
        }
        return batch.Id;
    }

    /// <summary>The state a dying instance leaves: the batch running with no counts saved, its claim just expired.</summary>
    private async Task LeaveBehindAsync(int batch, int upload, int attempts = 0)
    {
        await factory.WithAsync(db => db.Set<ImportBatch>().Where(b => b.Id == batch).ExecuteUpdateAsync(u => u
            .SetProperty(b => b.Status, ImportBatchStatus.Running).SetProperty(b => b.FinishedAt, (DateTimeOffset?)null)
            .SetProperty(b => b.RowsDone, 0).SetProperty(b => b.SignalsInserted, 0).SetProperty(b => b.PersonsInserted, 0)));
        await factory.WithAsync(db => db.Set<ImportUpload>().Where(u => u.Id == upload).ExecuteUpdateAsync(u => u
            .SetProperty(x => x.Attempts, attempts).SetProperty(x => x.ClaimedUntil, factory.Now.AddSeconds(-1))));
        factory.Services.GetRequiredService<ImportRunnerSignal>().Wake();
    }

    private Task<bool> FinishesAsync(int batch, ImportBatchStatus status) =>
        Poll.UntilAsync(() => factory.WithAsync(db => db.Set<ImportBatch>().AnyAsync(b => b.Id == batch && b.Status == status)), seconds: 60);
}
