using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Testing;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.IntegrationTests.Home;

/// <summary>
/// The attention officer's start page counts what the queue and the actions page show: a new signal of the own
/// municipality and an overdue action each add one; a signal of another municipality is never counted.
/// </summary>
public sealed class StartPageCardTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string AfZwolle = "af.zwolle@demo.schakel.nl";
    private const string AfDeventer = "af.deventer@demo.schakel.nl";

    private static int Count(string html, string card)
    {
        var match = Regex.Match(html, $"data-testid=\"card-{card}\"[\\s\\S]*?data-testid=\"count\"><span>(\\d+)</span>");
        match.Success.ShouldBeTrue($"the start page shows the card {card}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<int> NewSignalsInAsync(string municipality) =>
        factory.WithAsync(db => db.Signals.CountAsync(s => s.Municipality!.Name == municipality && s.Status == SignalStatus.New));

    private Task<string> ReportAsync(string municipality) =>
        PublicForm.ReportAsync(factory, municipality, "Man slaapt in de werkplaats en krijgt geen loon.", "Tomasz", phones: "06 12345678");

    [Fact]
    public async Task A_new_signal_and_an_overdue_action_raise_the_attention_officers_cards_and_another_municipality_is_never_counted()
    {
        var zwolle = await WebSession.SignedInAsync(factory, AfZwolle);
        var deventer = await WebSession.SignedInAsync(factory, AfDeventer);
        var before = await zwolle.GetHtmlAsync("/");
        Count(before, "nieuw").ShouldBe(await NewSignalsInAsync("Zwolle"), "the card counts exactly the municipality's new signals");
        var deventerBefore = Count(await deventer.GetHtmlAsync("/"), "nieuw");
        var overdueBefore = Count(before, "verlopen-acties");

        (await ReportAsync("Zwolle")).ShouldNotBeEmpty();
        await factory.WithAsync(async db =>
        {
            var meeting = await db.Set<TableMeeting>().OrderBy(m => m.StartsAt).FirstAsync();
            var owner = await db.Users.FirstAsync(u => u.Email == AfZwolle);
            db.Set<TableAction>().Add(new TableAction
            {
                MeetingId = meeting.Id, Description = "Huisbezoek afleggen", OwnerUserId = owner.Id, OwnerName = owner.DisplayName,
                DueOn = DateOnly.FromDateTime(factory.Now.UtcDateTime).AddDays(-3), CreatedAt = factory.Now.AddDays(-20),
            });
            return await db.SaveChangesAsync();
        });

        var after = await zwolle.GetHtmlAsync("/");
        Count(after, "nieuw").ShouldBe(Count(before, "nieuw") + 1);
        Count(after, "nieuw").ShouldBe(await NewSignalsInAsync("Zwolle"));
        Count(after, "verlopen-acties").ShouldBe(overdueBefore + 1);
        after.ShouldContain("href=\"/mijn-acties\"");

        var deventerAfter = await deventer.GetHtmlAsync("/");
        Count(deventerAfter, "nieuw").ShouldBe(deventerBefore, "a Zwolle signal never counts for Deventer");
        Count(deventerAfter, "nieuw").ShouldBe(await NewSignalsInAsync("Deventer"));
    }

    [Fact]
    public async Task A_notification_links_to_its_subject_and_is_marked_read_by_its_own_button_without_script()
    {
        var af = await WebSession.SignedInAsync(factory, AfZwolle);
        var reference = await factory.WithAsync(db => db.Signals.Where(s => s.Municipality!.Name == "Zwolle").Select(s => s.Reference).FirstAsync());
        var id = await factory.WithAsync(async db =>
        {
            var owner = await db.Users.FirstAsync(u => u.Email == AfZwolle);
            var n = new Notification { UserId = owner.Id, Title = "Vraag over melding " + reference, Url = "/meldingen/" + reference, CreatedAt = factory.Now };
            db.Notifications.Add(n);
            await db.SaveChangesAsync();
            return n.Id;
        });

        var page = await af.GetHtmlAsync("/meldingen-voor-mij");
        page.ShouldContain($"<a class=\"utrecht-link\" href=\"/meldingen/{reference}\" id=\"bericht-{id}\">Vraag over melding {reference}</a>");
        page.ShouldContain("Markeren als gelezen");
        (await af.GetHtmlAsync("/")).ShouldContain($"href=\"/meldingen/{reference}\" id=\"bericht-{id}\">Vraag over melding");

        var read = await af.PostFormAsync($"/meldingen-voor-mij?handler=Read&id={id}", new() { ["terug"] = "/" }, formPage: "/meldingen-voor-mij");
        read.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        read.Headers.Location!.ToString().ShouldBe("/#berichten", "the user stays where the button was");
        (await factory.WithAsync(db => db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync())).ShouldNotBeNull();
        (await af.GetHtmlAsync("/")).ShouldNotContain($"Vraag over melding {reference}");

        var elsewhere = await af.PostFormAsync($"/meldingen-voor-mij?handler=Read&id={id}", new() { ["terug"] = "https://elders.example/" }, formPage: "/meldingen-voor-mij");
        elsewhere.Headers.Location!.ToString().ShouldNotContain("elders.example");
    }
}
