using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Testing;
using ImportReport = Schakel.Web.Features.Import.ImportReport;
using Schakel.Web.Features.Dashboard.Contracts;
using Schakel.Web.Features.Import;
using Schakel.Web.Features.Linking.Contracts;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.IntegrationTests.Import;

/// <summary>
/// The history import end to end on the configured database: a dry run that writes nothing and tells per row what is
/// wrong; an import that keeps the history closed, silent and in its own months; a second import of the same file that
/// adds nothing; a corrected file that updates only what changed; rollbacks that undo exactly one import.
/// </summary>
public sealed class ImportTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private static ImportFile History(string year, string outcomeOfH2 = "") => ImportFiles.Csv(
        "Historie mensenhandel regio IJsselland",
        "Bijgehouden door het Zorg- en Veiligheidshuis",
        ImportFiles.Header,
        $"H-1;12-3-{year};Zwolle;Seksuele uitbuiting;afgesloten;Testa Importa;1-2-1990;0612345001",
        ";;;;;;;",
        $"H-2;{year}-03-20;Zwolle;arbeid;{outcomeOfH2};Jan Historie;;0612345003",
        $"H-2;;;;;Tweede Persoon;;0612345004",
        $"H-3;{Serial(year)};Kampen;criminele uitbuiting;open;;;",
        $"H-4;13-03-{year};Zwole;Seksueel;;Piet Onbekend;;",
        ";;;;;Alleen Naam;;",
        $"H-5;31-02-{year};Deventer;arbeid;;;;");

    /// <summary>19 March of the year as an Excel serial number.</summary>
    private static string Serial(string year) => (new DateTime(int.Parse(year), 3, 19) - new DateTime(1899, 12, 30)).TotalDays.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_dry_run_reports_every_row_with_row_and_column_and_writes_nothing()
    {
        var before = await factory.WithAsync(db => db.Signals.CountAsync());
        var request = await factory.RequestAsync(History("2012"), "Proef " + Guid.NewGuid().ToString("N")[..6]);

        var report = await factory.DryRunAsync(request);

        report.HeaderRow.ShouldBe(3);
        report.SignalsInserted.ShouldBe(3, string.Join("\n", report.ProblemTexts.Concat(report.FileMessages)));
        report.SignalsRefused.ShouldBe(3);
        report.PersonsInserted.ShouldBe(3);
        report.OpenInSource.ShouldBe(1);
        var problems = report.ProblemTexts.ToList();
        problems.ShouldContain(p => p.StartsWith("Rij 9, kolom C (Gemeente): 'Zwole' is geen gemeente van deze regio.") && p.Contains("Bedoelt u 'Zwolle'?"));
        problems.ShouldContain(p => p.StartsWith("Rij 10, kolom B (Datum melding): deze rij heeft alleen gegevens van een persoon"));
        problems.ShouldContain("Rij 11, kolom B (Datum melding): '31-02-2012' is geen datum. Schrijf de datum als 31-12-2019 of 2019-12-31.");
        problems.ShouldContain(p => p.StartsWith("Rij 8, kolom E (Status): 'open' is in de bron nog open."));
        report.Codes.ShouldContain(c => c.List == ImportCodeList.Municipality && c.SourceValue == "Zwole" && c.How == ImportCodeHow.Unknown && c.SuggestionLabel == "Zwolle");
        report.Codes.ShouldContain(c => c.List == ImportCodeList.Form && c.SourceValue == "arbeid" && c.How == ImportCodeHow.Automatic && c.SchakelCode == "ARBEID");
        (await factory.WithAsync(db => db.Signals.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task An_import_keeps_history_closed_in_its_own_months_notifies_no_one_and_is_indexed_for_linking()
    {
        var source = "ZVH " + Guid.NewGuid().ToString("N")[..6];
        var notifications = await factory.WithAsync(db => db.Notifications.CountAsync());
        var progress = new List<ImportProgress>();

        var report = await factory.ImportAsync(await factory.RequestAsync(History("2011"), source), progress);

        report.SignalsInserted.ShouldBe(3);
        report.SignalsRefused.ShouldBe(3);
        progress.ShouldContain(p => p.Phase == ImportPhase.Done && p.RowsDone == report.RowsRead && p.RowsRefused == 3);
        var signals = await ImportedAsync(source);
        signals.Count.ShouldBe(3);
        signals.ShouldAllBe(s => SignalStateMachine.IsClosed(s.Status) && s.Channel == IntakeChannel.Import && s.ImportBatchId == report.BatchId);
        var h1 = signals.Single(s => s.ImportSourceKey == "H-1");
        h1.ReceivedAt.ShouldBe(new DateTimeOffset(2011, 3, 12, 12, 0, 0, TimeSpan.Zero));
        h1.Status.ShouldBe(SignalStatus.HandledLocally);
        h1.Forms.Select(f => f.FormCode).ShouldBe(["SEKS"]);
        h1.Subjects.Single().DateOfBirth.ShouldBe(new DateOnly(1990, 2, 1));
        signals.Single(s => s.ImportSourceKey == "H-2").Subjects.Select(p => p.FullName).ShouldBe(["Jan Historie", "Tweede Persoon"], ignoreOrder: true);
        var h3 = signals.Single(s => s.ImportSourceKey == "H-3");
        h3.ReceivedAt.ShouldBe(new DateTimeOffset(2011, 3, 19, 12, 0, 0, TimeSpan.Zero));
        h3.Outcome.ShouldNotBeNull().ShouldContain("In de bron nog open");
        (await factory.WithAsync(db => db.Notifications.CountAsync())).ShouldBe(notifications);

        var zwolle = await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Zwolle").Select(o => o.Id).SingleAsync());
        (await FormCountAsync(201103, zwolle, "SEKS")).ShouldBe(1);
        (await FormCountAsync(201103, zwolle, "ARBEID")).ShouldBe(1);
        var subjectIds = signals.SelectMany(s => s.Subjects).Select(p => p.Id).ToList();
        (await factory.WithAsync(db => db.Set<SubjectKey>().Where(k => subjectIds.Contains(k.SubjectId)).Select(k => k.SubjectId).Distinct().CountAsync())).ShouldBe(3);
        (await factory.WithAsync(db => db.AuditEntries.CountAsync(a => a.RecordType == nameof(AuditRecordType.SignalImport) && a.RecordId == report.BatchId.ToString()))).ShouldBe(1);
    }

    [Fact]
    public async Task The_same_file_again_adds_nothing_a_corrected_file_updates_and_rollbacks_undo_exactly_one_import()
    {
        var source = "AF " + Guid.NewGuid().ToString("N")[..6];
        var first = await factory.ImportAsync(await factory.RequestAsync(History("2013"), source));
        var total = await factory.WithAsync(db => db.Signals.CountAsync());

        var again = await factory.ImportAsync(await factory.RequestAsync(History("2013"), source));
        again.SignalsInserted.ShouldBe(0);
        again.SignalsUpdated.ShouldBe(0);
        again.SignalsUnchanged.ShouldBe(3);
        (await factory.WithAsync(db => db.Signals.CountAsync())).ShouldBe(total);

        var corrected = await factory.ImportAsync(await factory.RequestAsync(History("2013", outcomeOfH2: "tafel"), source));
        corrected.SignalsUpdated.ShouldBe(1);
        corrected.SignalsUnchanged.ShouldBe(2);
        var h2 = (await ImportedAsync(source)).Single(s => s.ImportSourceKey == "H-2");
        h2.Status.ShouldBe(SignalStatus.ClosedByTable);
        h2.ImportBatchId.ShouldBe(corrected.BatchId);

        // The first import cannot go while a later one changed its signals.
        var refused = await factory.RollbackAsync(first.BatchId!.Value);
        refused.RolledBack.ShouldBeFalse();
        refused.Message.ShouldContain("Draai eerst die latere import terug");

        var undone = await factory.RollbackAsync(corrected.BatchId!.Value);
        undone.RolledBack.ShouldBeTrue(undone.Message);
        undone.SignalsRestored.ShouldBe(1);
        h2 = (await ImportedAsync(source)).Single(s => s.ImportSourceKey == "H-2");
        h2.Status.ShouldBe(SignalStatus.HandledLocally);
        h2.ImportBatchId.ShouldBe(first.BatchId);
        h2.Subjects.Count.ShouldBe(2);

        var zwolle = await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Zwolle").Select(o => o.Id).SingleAsync());
        (await FormCountAsync(201303, zwolle, "SEKS")).ShouldBe(1);
        var gone = await factory.RollbackAsync(first.BatchId!.Value);
        gone.RolledBack.ShouldBeTrue(gone.Message);
        gone.SignalsRemoved.ShouldBe(3);
        (await ImportedAsync(source)).ShouldBeEmpty();
        (await factory.WithAsync(db => db.Signals.CountAsync())).ShouldBe(total - 3);
        (await FormCountAsync(201303, zwolle, "SEKS")).ShouldBe(0);
        (await factory.RollbackAsync(first.BatchId!.Value)).Message.ShouldBe("Deze import is al teruggedraaid.");
    }

    [Fact]
    public async Task A_new_signal_finds_an_imported_person_and_need_to_know_applies_to_imported_signals()
    {
        var source = "Zorg " + Guid.NewGuid().ToString("N")[..6];
        await factory.ImportAsync(await factory.RequestAsync(ImportFiles.Csv(ImportFiles.Header,
            "Z-1;5-5-2014;Zwolle;arbeid;afgesloten;Marta Wisniewska;3-4-1985;0687654321"), source));
        var imported = (await ImportedAsync(source)).Single();

        var session = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        (await session.GetAsync($"/meldingen/{imported.Reference}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var other = await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl");
        (await other.GetAsync($"/meldingen/{imported.Reference}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var created = await factory.EngineAsync(async _ =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var intake = scope.ServiceProvider.GetRequiredService<Schakel.Web.Features.Signals.Contracts.ISignalIntake>();
            var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
            var zwolle = await db.Organisations.Where(o => o.Name == "Zwolle").Select(o => o.Id).SingleAsync();
            var draft = new Schakel.Web.Features.Signals.Contracts.SignalDraft
            {
                MelderTypeCode = "WIJKTEAM", MunicipalityId = zwolle, FormCodes = ["ARBEID"], Description = "Nieuwe melding over een bekende persoon.",
                Subjects = [new() { FullName = "Marta Wisniewska", DateOfBirth = new DateOnly(1985, 4, 3), Phones = "06-87654321" }],
            };
            return (await intake.CreateAsync(draft, new Schakel.Web.Features.Signals.Contracts.IntakeSource(IntakeChannel.App, "test"), CancellationToken.None)).Signal;
        });
        var newSubject = created.Subjects.Single().Id;
        var oldSubject = imported.Subjects.Single().Id;
        (await factory.WithAsync(db => db.Set<Schakel.Web.Features.Linking.SubjectLink>()
            .AnyAsync(l => l.SubjectAId == Math.Min(newSubject, oldSubject) && l.SubjectBId == Math.Max(newSubject, oldSubject)))).ShouldBeTrue();
        var html = await session.GetHtmlAsync(SignalTabs.Persons(created.Reference));
        html.ShouldContain(imported.Reference);
    }

    private Task<List<Signal>> ImportedAsync(string source) => factory.WithAsync(db =>
        db.Signals.AsNoTracking().Include(s => s.Forms).Include(s => s.Subjects)
            .Where(s => db.Set<ImportSource>().Any(x => x.Id == s.ImportSourceId && x.Name == source)).ToListAsync());

    private Task<int> FormCountAsync(int month, int municipality, string form) => factory.WithAsync(db =>
        db.Set<FigureMonthCount>().Where(c => c.Month == month && c.MunicipalityId == municipality && c.Dimension == FigureDimension.Form && c.Code == form)
            .SumAsync(c => c.N));
}
