using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Testing;
using Schakel.Web.Features.Notifications.Mail;

namespace Schakel.IntegrationTests.Mail;

/// <summary>Notification mail over real SMTP: it arrives, it survives a relay that is away and a process that dies, and it arrives once.</summary>
public sealed class MailDeliveryTests : IDisposable
{
    private const string Af = "af.zwolle@demo.schakel.nl";
    private const string Description = "Man met verwondingen zegt dat zijn baas hem slaat in de kas aan de Dijkweg.";
    private const string PersonName = "Tomasz Wiśniewski";
    private readonly TestMailbox _mailbox = new();

    internal static async Task FileAcuteSignalAsync(SchakelFactory factory)
    {
        var zwolle = await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Zwolle").Select(o => o.Id).SingleAsync());
        var melder = await WebSession.SignedInAsync(factory, "melder@demo.schakel.nl");
        var created = await melder.PostFormAsync("/meldingen/nieuw", new()
        {
            ["Draft.Kind"] = "Report", ["Draft.MelderTypeCode"] = "WIJKTEAM", ["Draft.MunicipalityId"] = zwolle.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Draft.FormCodes"] = "ARBEID", ["Draft.Description"] = Description, ["Draft.IsAcute"] = "true",
            ["Draft.AcuteBy"] = "PoliceOrProsecution", ["Draft.AcuteIntervention"] = "Politie ter plaatse.",
            ["Draft.Subjects[0].Role"] = "PossibleVictim", ["Draft.Subjects[0].FullName"] = PersonName,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static async Task<List<OutboxMessage>> AcuteRowsAsync(MailFactory factory, long after) =>
        (await factory.OutboxAfterAsync(after)).Where(m => m.Kind == "AcuteSignal").ToList();

    [Fact]
    public async Task An_acute_intake_reaches_the_attention_officers_mailbox_with_a_link_and_no_case_content()
    {
        _mailbox.Start();
        using var factory = new MailFactory(_mailbox);
        factory.CreateClient();
        var before = await factory.LastOutboxIdAsync();

        await FileAcuteSignalAsync(factory);

        var mail = await _mailbox.WaitForAsync(m => MailFactory.OutboxId(m) > before && m.To.ToString().Contains(Af, StringComparison.Ordinal));
        mail.Subject.ShouldStartWith("ACUUT");
        var text = mail.TextBody ?? "";
        text.ShouldContain("Er staat iets voor u klaar in Schakel");
        text.ShouldContain(MailFactory.BaseUrl + "/meldingen/MH-");
        mail.HtmlBody!.ShouldContain("<a href=\"" + MailFactory.BaseUrl + "/meldingen/MH-");
        var rows = await AcuteRowsAsync(factory, before);
        rows.Count.ShouldBeGreaterThan(1, "the table hears of an acute signal too");
        await _mailbox.WaitForAsync(m => MailFactory.OutboxId(m) == rows[^1].Id);
        foreach (var sent in _mailbox.Received.Where(m => MailFactory.OutboxId(m) > before))
        {
            foreach (var part in new[] { sent.Subject ?? "", sent.TextBody ?? "", sent.HtmlBody ?? "" })
            {
                part.ShouldNotContain("verwondingen");
                part.ShouldNotContain("Wiśniewski");
                part.ShouldNotContain("Tomasz");
                part.ShouldNotContain("Politie ter plaatse");
            }
        }
        (await factory.WithAsync(db => db.Set<OutboxMessage>().Where(m => m.Id > before).Select(m => m.Data).ToListAsync()))
            .ShouldAllBe(d => !d.Contains("Wiśniewski") && !d.Contains("verwondingen"), "the outbox itself keeps no case content");
    }

    [Fact]
    public async Task Mail_waits_while_the_relay_is_down_and_arrives_once_when_it_is_back()
    {
        using var factory = new MailFactory(_mailbox);
        factory.CreateClient();
        var before = await factory.LastOutboxIdAsync();

        await FileAcuteSignalAsync(factory);
        await Poll.UntilAsync(() => factory.WithAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.LastError != null && m.LastError.Contains("niet bereikbaar"))));
        await Task.Delay(1500);
        var rows = await AcuteRowsAsync(factory, before);
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r.SentAt == null && r.DeadAt == null, "nothing is lost or given up while the relay is away");

        _mailbox.Start();
        foreach (var row in rows)
        {
            (await _mailbox.WaitForAsync(m => MailFactory.OutboxId(m) == row.Id, seconds: 90)).Subject.ShouldStartWith("ACUUT");
        }
        await Task.Delay(2500);
        foreach (var row in rows)
        {
            _mailbox.Received.Count(m => MailFactory.OutboxId(m) == row.Id).ShouldBe(1);
        }
    }

    [Fact]
    public async Task Mail_committed_by_an_instance_that_never_sent_it_goes_out_once_after_the_restart()
    {
        _mailbox.Start();
        // The first instance commits the signal and its outbox rows but never sends, as if killed right after the commit.
        using var first = new MailFactory(_mailbox, sends: false);
        first.CreateClient();
        var before = await first.LastOutboxIdAsync();
        await FileAcuteSignalAsync(first);
        var rows = await AcuteRowsAsync(first, before);
        rows.ShouldNotBeEmpty();
        await Task.Delay(1500);
        _mailbox.Received.ShouldNotContain(m => MailFactory.OutboxId(m) > before);

        using var restarted = new MailFactory(_mailbox, sharing: first);
        restarted.CreateClient();
        foreach (var row in rows)
        {
            await _mailbox.WaitForAsync(m => MailFactory.OutboxId(m) == row.Id);
        }
        await Task.Delay(2500);
        foreach (var row in rows)
        {
            _mailbox.Received.Count(m => MailFactory.OutboxId(m) == row.Id).ShouldBe(1);
        }
    }

    [Fact]
    public async Task Two_instances_on_one_database_send_each_mail_once()
    {
        _mailbox.Start();
        using var a = new MailFactory(_mailbox);
        a.CreateClient();
        using var b = new MailFactory(_mailbox, sharing: a);
        b.CreateClient();
        await WaitUntilQuietAsync(a);
        var before = await a.LastOutboxIdAsync();

        // Rows that are due at once, so both senders find the same ones on their next look.
        await a.WithAsync(async db =>
        {
            var users = await db.Users.Where(u => u.Email != null).Select(u => new { u.Id, u.Email }).ToListAsync();
            var now = a.Now;
            for (var i = 0; i < 40; i++)
            {
                var user = users[i % users.Count];
                db.Set<OutboxMessage>().Add(new OutboxMessage
                {
                    Kind = "NewSignal", UserId = user.Id, Recipient = user.Email!, Data = new MailData(Url: "/meldingen").ToJson(), CreatedAt = now, NextAttemptAt = now,
                });
            }
            return await db.SaveChangesAsync();
        });
        a.Service<OutboxSignal>().Wake();
        b.Service<OutboxSignal>().Wake();

        await Poll.UntilAsync(async () => (await a.OutboxAfterAsync(before)).All(m => m.SentAt != null), seconds: 60);
        var sent = await a.OutboxAfterAsync(before);
        sent.Count.ShouldBe(40);
        sent.ShouldAllBe(m => m.SentAt != null);
        await Task.Delay(2500);
        var received = _mailbox.Received.Where(m => MailFactory.OutboxId(m) > before).GroupBy(MailFactory.OutboxId).ToList();
        received.Count.ShouldBe(40);
        received.ShouldAllBe(g => g.Count() == 1);
        sent.Select(m => m.Attempts).ShouldAllBe(n => n == 1);
    }

    [Fact]
    public async Task The_melder_hears_through_the_outbox_that_the_signal_was_picked_up_and_nothing_more()
    {
        _mailbox.Start();
        using var factory = new MailFactory(_mailbox);
        var zwolle = await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Zwolle").Select(o => o.Id).SingleAsync());
        var visitor = WebSession.Anonymous(factory);
        var form = await visitor.GetHtmlAsync("/melden");
        var sent = await visitor.PostFormAsync("/melden", new()
        {
            ["SubmissionToken"] = WebSession.HiddenValue(form, "SubmissionToken")!, ["Draft.MelderTypeCode"] = "BURGER",
            ["Draft.MunicipalityId"] = zwolle.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Draft.FormCodes"] = "SEKS",
            ["Draft.Description"] = "Jonge vrouw wordt elke avond door verschillende mannen opgehaald.", ["Draft.Subjects[0].Role"] = "PossibleVictim",
            ["Draft.Subjects[0].FullName"] = "Daria", ["Draft.MelderContact"] = "buurvrouw@example.nl",
        });
        var reference = System.Text.RegularExpressions.Regex.Match(sent.Headers.Location!.ToString(), "reference=(MH-[A-Z0-9-]+)").Groups[1].Value;
        var af = await WebSession.SignedInAsync(factory, Af);
        var detail = $"/meldingen/{reference}";
        var version = WebSession.HiddenValue(await af.GetHtmlAsync(SignalTabs.Actions(reference)), "Version")!;
        (await af.PostFormAsync($"{detail}?handler=Decide", new() { ["Action"] = "TakeUp", ["Version"] = version }, formPage: detail)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The melder first hears that the signal was received, then that it was picked up; neither mail says more.
        await _mailbox.WaitForAsync(m => m.To.ToString().Contains("buurvrouw@example.nl", StringComparison.Ordinal) && (m.Subject ?? "").Contains("is opgepakt", StringComparison.Ordinal));
        var mails = _mailbox.Received.Where(m => m.To.ToString().Contains("buurvrouw@example.nl", StringComparison.Ordinal)).ToList();
        mails.Select(m => m.Subject ?? "").ShouldContain(s => s.Contains("is ontvangen", StringComparison.Ordinal));
        mails.ShouldAllBe(m => !(m.TextBody ?? "").Contains("Daria") && !(m.TextBody ?? "").Contains("opgehaald"));
        (await factory.WithAsync(db => db.Set<OutboxMessage>().Where(m => m.Recipient == "buurvrouw@example.nl").Select(m => m.Kind).ToListAsync()))
            .ShouldAllBe(kind => kind == OutboxMessage.MelderKind);
    }

    /// <summary>Waits until the demo seeding's own mail has gone out, so a test counts only what it caused.</summary>
    private static async Task WaitUntilQuietAsync(MailFactory factory)
    {
        await Poll.UntilAsync(async () => !await factory.WithAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.SentAt == null && m.DeadAt == null && !m.HeldForDigest)));
    }

    public void Dispose() => _mailbox.Dispose();
}
