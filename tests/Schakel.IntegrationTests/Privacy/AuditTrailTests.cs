using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Schakel.Cli.Audit;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Privacy;

public sealed class AuditTrailTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task Every_read_of_a_signal_is_in_the_audit_log_with_who_and_what()
    {
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var signal = await factory.SignalAsync(reference);
        var id = signal.Id.ToString(CultureInfo.InvariantCulture);
        var before = await factory.WithAsync(db => db.AuditEntries.CountAsync(e => e.RecordType == "Signal" && e.RecordId == id && e.Action == AuditAction.Read));

        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        await af.GetHtmlAsync($"/meldingen/{reference}");
        await af.GetHtmlAsync($"/meldingen/{reference}");

        var reads = await factory.WithAsync(db => db.AuditEntries.Where(e => e.RecordType == "Signal" && e.RecordId == id && e.Action == AuditAction.Read).OrderBy(e => e.Sequence).ToListAsync());
        reads.Count.ShouldBe(before + 2);
        reads[^1].Actor.ShouldBe("Sanne de Vries");
        reads[^1].Organisation.ShouldBe("Zwolle");
        reads[^1].Roles.ShouldBe("AttentionOfficer");
    }

    [Fact]
    public async Task A_refused_request_is_audited_and_flagged()
    {
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var id = (await factory.SignalAsync(reference)).Id.ToString(CultureInfo.InvariantCulture);
        var deventer = await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl");
        (await deventer.GetAsync($"/meldingen/{reference}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var denied = await factory.WithAsync(db => db.AuditEntries.Where(e => e.RecordId == id && e.Action == AuditAction.Denied).ToListAsync());
        denied.ShouldContain(e => e.Actor == "Youssef El Amrani" && e.Flagged);
    }

    [Fact]
    public async Task Break_glass_needs_a_purpose_gives_read_only_access_and_is_flagged_for_the_privacy_officer()
    {
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var police = await WebSession.SignedInAsync(factory, "politie@demo.schakel.nl");
        var denied = await police.GetAsync($"/meldingen/{reference}");
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await denied.Content.ReadAsStringAsync()).ShouldContain("noodtoegang");

        var empty = await police.PostFormAsync($"/meldingen/{reference}/noodtoegang", new() { ["Purpose"] = "" });
        (await empty.Content.ReadAsStringAsync()).ShouldContain("Geef aan waarom u deze melding");
        (await police.GetAsync($"/meldingen/{reference}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var granted = await police.PostFormAsync($"/meldingen/{reference}/noodtoegang", new() { ["Purpose"] = "Acute aanhouding verdachte, slachtoffer mogelijk in gevaar" });
        granted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await police.GetHtmlAsync($"/meldingen/{reference}");
        html.ShouldContain("Andrzej Kowalski");
        (await police.GetHtmlAsync(SignalTabs.Actions(reference))).ShouldNotContain("Besluit vastleggen");

        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var audit = await fg.GetHtmlAsync("/privacy/audit");
        audit.ShouldContain("Acute aanhouding verdachte, slachtoffer mogelijk in gevaar");
        audit.ShouldContain(">Noodtoegang<");
    }

    [Fact]
    public async Task A_bestuurder_cannot_use_break_glass()
    {
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var policy = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        (await policy.GetAsync($"/meldingen/{reference}/noodtoegang")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Altering_one_audit_row_is_detected_by_the_check_command_and_the_privacy_page()
    {
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        await af.GetHtmlAsync($"/meldingen/{await factory.SignalReferenceAsync("Zwolle", SignalStatus.New)}");

        Verify().ShouldBe((0, true));
        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        (await fg.GetHtmlAsync("/privacy/audit")).ShouldContain("De keten is intact");

        // Someone with database access rewrites who did something in entry 2.
        await factory.WithAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Actor\" = 'Iemand anders' WHERE \"Sequence\" = 2"));

        var (exit, _) = Verify();
        exit.ShouldBe(1);
        (await fg.GetHtmlAsync("/privacy/audit")).ShouldContain("De keten is verbroken bij regel 2");
    }

    private (int Exit, bool Intact) Verify()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit;
        if (TestDatabase.IsPostgres)
        {
            exit = AuditVerifier.Run(new AuditVerifier.Source(null, factory.Database.ConnectionString, null, factory.AuditChainKey, null), output, error);
        }
        else
        {
            SqliteConnection.ClearAllPools();
            var path = new SqliteConnectionStringBuilder(factory.Database.ConnectionString).DataSource;
            exit = AuditVerifier.Run(new AuditVerifier.Source(new FileInfo(path), null, null, factory.AuditChainKey, null), output, error);
        }
        error.ToString().ShouldBeEmpty();
        return (exit, output.ToString().Contains("intact", StringComparison.Ordinal));
    }
}
