using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Schakel.BrowserTests;

/// <summary>Lists sort by their column headers on the server, so sorting works without JavaScript, and say so when they are empty.</summary>
[Collection("browser")]
public sealed class ListTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task<List<string>> ReferencesAsync(IPage page) =>
        (await page.GetByTestId("signal-table").Locator("tbody tr td:first-child a").AllTextContentsAsync()).Select(t => t.Trim()).ToList();

    [Fact]
    public async Task The_attention_officer_sorts_the_queue_by_a_column_without_JavaScript()
    {
        var af = await browser.SignedInPageAsync("af.zwolle@demo.schakel.nl", javaScript: false);
        await af.GotoAsync("/meldingen?Status=alle");
        var initial = await ReferencesAsync(af);
        initial.Count.ShouldBeGreaterThan(1, $"the queue lists several signals: {string.Join(", ", initial)} on {af.Url}");
        var header = af.GetByRole(AriaRole.Columnheader, new() { Name = "Kenmerk" });
        await Assertions.Expect(header).Not.ToHaveAttributeAsync("aria-sort", new Regex("."));

        await header.GetByRole(AriaRole.Link).ClickAsync();
        af.Url.ShouldContain("sorteer=kenmerk");
        af.Url.ShouldContain("Status=alle", customMessage: "sorting keeps the filter");
        await Assertions.Expect(header).ToHaveAttributeAsync("aria-sort", "ascending");
        var ascending = await ReferencesAsync(af);
        ascending.ShouldBe(initial.Order(StringComparer.Ordinal).ToList());

        await af.GetByRole(AriaRole.Columnheader, new() { Name = "Kenmerk" }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(af.GetByRole(AriaRole.Columnheader, new() { Name = "Kenmerk" })).ToHaveAttributeAsync("aria-sort", "descending");
        var descending = await ReferencesAsync(af);
        descending.ShouldBe(initial.OrderDescending(StringComparer.Ordinal).ToList());
        descending.ShouldNotBe(ascending, "the order changes with the direction");
        await af.Context.CloseAsync();

        // axe needs script: the same sorted page passes in a normal browser.
        var check = await browser.SignedInPageAsync("af.zwolle@demo.schakel.nl");
        await check.GotoAsync("/meldingen?Status=alle&sorteer=kenmerk&richting=af");
        await Assertions.Expect(check.GetByRole(AriaRole.Columnheader, new() { Name = "Kenmerk" })).ToHaveAttributeAsync("aria-sort", "descending");
        await check.ShouldHaveNoWcagViolationsAsync();
        await check.Context.CloseAsync();
    }

    [Fact]
    public async Task An_empty_list_says_so_instead_of_showing_an_empty_table()
    {
        var af = await browser.SignedInPageAsync("af.zwolle@demo.schakel.nl");
        await af.GotoAsync("/meldingen?Q=niets-dat-hierop-lijkt");
        await Assertions.Expect(af.GetByTestId("signal-table-empty")).ToHaveTextAsync("Er zijn geen meldingen die bij deze filters passen.");
        await Assertions.Expect(af.GetByTestId("signal-table")).ToHaveCountAsync(0);
        await af.ShouldHaveNoWcagViolationsAsync();
        await af.Context.CloseAsync();
    }

    [Fact]
    public async Task The_attention_officers_start_page_shows_cards_and_a_notification_is_read_without_JavaScript()
    {
        var af = await browser.SignedInPageAsync("af.zwolle@demo.schakel.nl");
        var cards = af.GetByTestId("attention-cards");
        await Assertions.Expect(cards.GetByRole(AriaRole.Heading, new() { Name = "Nieuwe meldingen" })).ToBeVisibleAsync();
        await Assertions.Expect(cards.GetByRole(AriaRole.Heading, new() { Name = "Mijn verlopen acties" })).ToBeVisibleAsync();
        await af.ShouldHaveNoWcagViolationsAsync();
        foreach (var path in new[] { "/meldingen-voor-mij", "/mijn-meldingen", "/mijn-acties", "/spoed-mdo", "/tafel" })
        {
            await af.GotoAsync(path);
            await af.ShouldHaveNoWcagViolationsAsync();
        }
        await af.Context.CloseAsync();

        await browser.Factory.WithAsync(async db =>
        {
            var owner = await db.Users.FirstAsync(u => u.Email == "af.zwolle@demo.schakel.nl");
            var reference = await db.Signals.Where(s => s.Municipality!.Name == "Zwolle").Select(s => s.Reference).FirstAsync();
            db.Notifications.Add(new Schakel.Web.Infrastructure.Data.Notification { UserId = owner.Id, Title = "Nieuwe vraag over " + reference, Url = "/meldingen/" + reference, CreatedAt = browser.Factory.Now });
            return await db.SaveChangesAsync();
        });
        var plain = await browser.SignedInPageAsync("af.zwolle@demo.schakel.nl", javaScript: false);
        await plain.GotoAsync("/meldingen-voor-mij");
        var first = plain.GetByTestId("notification").Filter(new() { Has = plain.GetByRole(AriaRole.Button, new() { Name = "Markeren als gelezen" }) }).First;
        var title = (await first.GetByRole(AriaRole.Link).First.TextContentAsync())!.Trim();
        var href = await first.GetByRole(AriaRole.Link).First.GetAttributeAsync("href");
        href.ShouldStartWith("/");
        await first.GetByRole(AriaRole.Button, new() { Name = "Markeren als gelezen" }).ClickAsync();
        await Assertions.Expect(plain.GetByRole(AriaRole.Status).First).ToContainTextAsync("gemarkeerd als gelezen");
        var row = plain.GetByTestId("notification").Filter(new() { HasText = title }).First;
        await Assertions.Expect(row).ToContainTextAsync("Gelezen");
        await row.GetByRole(AriaRole.Link).First.ClickAsync();
        plain.Url.ShouldEndWith(href!);
        await plain.Context.CloseAsync();
    }
}
