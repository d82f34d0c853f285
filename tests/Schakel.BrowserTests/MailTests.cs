using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Schakel.Web.Features.Notifications.Mail;

namespace Schakel.BrowserTests;

[Collection("browser")]
public sealed class MailTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_user_chooses_a_daily_digest_and_the_administrator_reads_the_outbox_and_sends_a_dead_mail_again()
    {
        var af = await browser.SignedInPageAsync("af.zwolle@demo.schakel.nl");
        await af.GetByRole(AriaRole.Link, new() { Name = "E-mailvoorkeuren" }).ClickAsync();
        await Assertions.Expect(af.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("E-mailvoorkeuren");
        await af.ShouldHaveNoWcagViolationsAsync();
        await af.GetByLabel("Eén overzicht per dag, om 08:00 uur").CheckAsync();
        await af.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(af.GetByRole(AriaRole.Status)).ToContainTextAsync("één overzicht per dag");
        await Assertions.Expect(af.GetByLabel("Eén overzicht per dag, om 08:00 uur")).ToBeCheckedAsync();
        await af.ShouldHaveNoWcagViolationsAsync();

        // A mail the relay kept refusing, as the administrator would find it.
        var id = await browser.Factory.WithAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == "af.zwolle@demo.schakel.nl");
            var now = browser.Factory.Now;
            var row = new OutboxMessage
            {
                Kind = "ActionDue", UserId = user.Id, Recipient = user.Email!, Data = new MailData(Url: "/mijn-acties").ToJson(), CreatedAt = now,
                NextAttemptAt = now, Attempts = 10, DeadAt = now, LastError = "De mailserver weigerde het bericht (550): mailbox unavailable",
            };
            db.Set<OutboxMessage>().Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });

        var admin = await browser.SignedInPageAsync("beheerder@demo.schakel.nl");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Uitgaande e-mail" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("dead-mail")).ToContainTextAsync("mailbox unavailable");
        await admin.ShouldHaveNoWcagViolationsAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = $"Bericht {id} opnieuw versturen" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("weer klaar om te versturen");

        // Without a relay the mail is written as a file; the administrator reads it here.
        await Assertions.Expect(admin.GetByTestId("mail-files").GetByRole(AriaRole.Link).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await admin.GetByTestId("mail-files").GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(admin.GetByTestId("mail-text")).ToContainTextAsync("Bekijk het in Schakel");
        await admin.ShouldHaveNoWcagViolationsAsync();
    }
}
