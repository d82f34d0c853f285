using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Audit;
using Schakel.Testing;
using Schakel.Web.Features.Notifications.Mail;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.IntegrationTests.Mail;

/// <summary>The digest, the dead letters and their page, the .eml folder, and the start-up check of the mail settings.</summary>
public sealed class MailAdministrationTests : IDisposable
{
    private const string Af = "af.zwolle@demo.schakel.nl";
    private readonly TestMailbox _mailbox = new();

    private static async Task NotifyAsync(SchakelFactory factory, string email, NotificationKind kind, string title)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyUsersAsync([userId], kind, title, "/meldingen", CancellationToken.None);
    }

    [Fact]
    public async Task The_digest_gathers_the_days_non_acute_notifications_in_one_mail_and_acute_ones_still_go_at_once()
    {
        _mailbox.Start();
        using var factory = new MailFactory(_mailbox);
        var af = await WebSession.SignedInAsync(factory, Af);
        (await af.GetHtmlAsync("/account/e-mail")).ShouldContain("Eén overzicht per dag");
        (await af.PostFormAsync("/account/e-mail", new() { ["Delivery"] = "dagelijks" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await af.GetHtmlAsync("/account/e-mail")).ShouldContain("value=\"dagelijks\" checked");
        var before = await factory.LastOutboxIdAsync();

        await NotifyAsync(factory, Af, NotificationKind.NewSignal, "Nieuwe melding MH-1 van Jan Jansen");
        await NotifyAsync(factory, Af, NotificationKind.NewSignal, "Nieuwe melding MH-2");
        await NotifyAsync(factory, Af, NotificationKind.TableDecision, "Besluit over MH-1");
        await NotifyAsync(factory, Af, NotificationKind.AcuteSignal, "ACUUT: melding MH-3");

        var acute = await _mailbox.WaitForAsync(m => MailFactory.OutboxId(m) > before && m.To.ToString().Contains(Af, StringComparison.Ordinal));
        acute.Subject.ShouldStartWith("ACUUT", customMessage: "acute notifications never wait for the digest");
        await Task.Delay(2000);
        _mailbox.To(Af).Where(m => MailFactory.OutboxId(m) > before).Count().ShouldBe(1);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<MailDigest>().CollectAsync(CancellationToken.None)).ShouldBe(1);
        }
        var digest = await _mailbox.WaitForAsync(m => m.Subject == "Uw dagelijks overzicht van Schakel" && m.To.ToString().Contains(Af, StringComparison.Ordinal));
        var text = digest.TextBody ?? "";
        text.ShouldContain("Er staat een nieuwe melding in uw wachtrij: 2");
        text.ShouldContain("De regionale tafel heeft een besluit genomen: 1");
        text.ShouldContain(MailFactory.BaseUrl + "/meldingen-voor-mij");
        text.ShouldNotContain("Jan Jansen");
        text.ShouldNotContain("MH-");
        await Task.Delay(1500);
        _mailbox.To(Af).Where(m => MailFactory.OutboxId(m) > before).Count().ShouldBe(2, "one acute mail and one digest, nothing else");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<MailDigest>().CollectAsync(CancellationToken.None)).ShouldBe(0, "a notification is carried by one digest only");
        }
    }

    [Fact]
    public async Task A_refused_mail_is_given_up_shown_to_the_administrator_with_its_reason_and_sent_again_on_request()
    {
        _mailbox.Start();
        _mailbox.Refusing = true;
        using var factory = new MailFactory(_mailbox, maxAttempts: 2);
        factory.CreateClient();
        var before = await factory.LastOutboxIdAsync();
        await NotifyAsync(factory, Af, NotificationKind.ActionAssigned, "Nieuwe actie");
        var row = (await factory.OutboxAfterAsync(before)).Single();
        await Poll.UntilAsync(async () => (await factory.OutboxAfterAsync(row.Id - 1)).First().DeadAt is not null);
        var dead = (await factory.OutboxAfterAsync(row.Id - 1)).First();
        dead.DeadAt.ShouldNotBeNull();
        dead.Attempts.ShouldBe(2);

        var af = await WebSession.SignedInAsync(factory, Af);
        (await af.GetAsync("/beheer/uitgaande-mail")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var admin = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        var page = await admin.GetHtmlAsync("/beheer/uitgaande-mail");
        page.ShouldContain("Opgegeven berichten");
        page.ShouldContain("De mailserver weigerde het bericht (554)");
        page.ShouldContain(Af);

        _mailbox.Refusing = false;
        (await af.PostFormAsync("/beheer/uitgaande-mail?handler=Resend", new() { ["id"] = row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/meldingen-voor-mij"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.PostFormAsync("/beheer/uitgaande-mail?handler=Resend", new() { ["id"] = row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/beheer/uitgaande-mail"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var mail = await _mailbox.WaitForAsync(m => MailFactory.OutboxId(m) == row.Id);
        mail.Subject.ShouldBe("U heeft een nieuwe actie van de regionale tafel");
        (await factory.WithAsync(db => db.AuditEntries.CountAsync(a => a.RecordType == nameof(AuditRecordType.OutgoingMail) && a.Action == AuditAction.Update && a.RecordId == row.Id.ToString())))
            .ShouldBe(1);
        (await factory.WithAsync(db => db.AuditEntries.CountAsync(a => a.RecordType == nameof(AuditRecordType.OutgoingMail) && a.Action == AuditAction.Read))).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task By_default_a_relay_without_STARTTLS_is_refused_and_nothing_goes_out_in_plain_text()
    {
        _mailbox.Start();
        using var factory = new MailFactory(_mailbox, security: "StartTls");
        factory.CreateClient();
        var before = await factory.LastOutboxIdAsync();
        await NotifyAsync(factory, Af, NotificationKind.ActionAssigned, "Nieuwe actie");
        var row = (await factory.OutboxAfterAsync(before)).Single();
        // The first due mail meets the refusal; the others wait with it (the demo's own mail is ahead of this one).
        await Poll.UntilAsync(() => factory.WithAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.LastError != null)));
        (await factory.WithAsync(db => db.Set<OutboxMessage>().Where(m => m.LastError != null).Select(m => m.LastError!).FirstAsync())).ShouldContain("STARTTLS");
        (await factory.OutboxAfterAsync(row.Id - 1)).First().SentAt.ShouldBeNull();
        (await factory.WithAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.SentAt != null && m.DigestId == null))).ShouldBeFalse();
        _mailbox.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_a_relay_mail_is_written_as_eml_files_that_the_administrator_can_read()
    {
        using var factory = new SchakelFactory();
        factory.CreateClient();
        await NotifyAsync(factory, Af, NotificationKind.PreRound, "Voorronde tafel 12 december");
        await Poll.UntilAsync(() => Task.FromResult(Directory.Exists(factory.MailDirectory)
            && Directory.GetFiles(factory.MailDirectory, "*.eml").Any(f => File.ReadAllText(f).Contains("voorronde", StringComparison.Ordinal))));
        var file = Directory.GetFiles(factory.MailDirectory, "*.eml").Single(f => File.ReadAllText(f).Contains("voorronde", StringComparison.Ordinal));

        var admin = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        (await admin.GetHtmlAsync("/beheer/uitgaande-mail")).ShouldContain(Path.GetFileName(file));
        var shown = await admin.GetHtmlAsync("/beheer/uitgaande-mail/bestand/" + Path.GetFileName(file));
        shown.ShouldContain("Er staat een voorronde voor u klaar");
        shown.ShouldContain(Af);
        (await admin.GetAsync("/beheer/uitgaande-mail/bestand/..%2Fschakel.db")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    public void Dispose() => _mailbox.Dispose();
}

/// <summary>Production does not start with mail on and nowhere to send it; it says in Dutch what to set.</summary>
public sealed class MailStartupTests
{
    private sealed class ProductionWithoutRelay : SchakelFactory
    {
        private readonly string _certificate = Security.CertificateKeysFactory.CreateCertificate();

        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("DataProtection:CertificatePath", _certificate), new("DataProtection:CertificatePassword", "sleutel-test"),
             new("Figures:CellKeySecret", "productie-geheim-voor-de-celsleutels-van-de-cijfers")];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    private sealed class ProductionEnvironment : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "Schakel.Web";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }

    [Fact]
    public void Production_refuses_to_start_with_mail_on_and_no_relay_and_names_the_settings()
    {
        using var factory = new ProductionWithoutRelay();
        var error = Should.Throw<Exception>(() => factory.CreateClient()).ToString();
        error.ShouldContain("Schakel start niet: e-mail voor meldingen staat aan");
        error.ShouldContain("Mail:Host");
        error.ShouldContain("Mail:From");
        error.ShouldContain("Mail:BaseUrl");
    }

    [Fact]
    public void The_relay_check_accepts_production_with_a_relay_and_any_environment_without_mail()
    {
        var production = new ProductionEnvironment();
        new MailRelayCheck(production).Validate(null, new MailOptions { Host = "smtp.regio.nl", From = "schakel@regio.nl", BaseUrl = "https://schakel.regio.nl" }).Succeeded.ShouldBeTrue();
        new MailRelayCheck(production).Validate(null, new MailOptions { Enabled = false }).Succeeded.ShouldBeTrue();
        new MailRelayCheck(new ProductionEnvironment { EnvironmentName = "Development" }).Validate(null, new MailOptions()).Succeeded.ShouldBeTrue();
    }
}
