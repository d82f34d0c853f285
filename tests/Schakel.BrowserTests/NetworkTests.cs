using Microsoft.Playwright;

namespace Schakel.BrowserTests;

[Collection("browser")]
public sealed class NetworkTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_chain_director_confirms_a_relation_and_the_network_of_a_victim_a_suspect_and_a_car_goes_to_the_table()
    {
        var page = await browser.SignedInPageAsync("ketenregisseur@demo.schakel.nl");
        await page.GotoAsync("/koppelen");

        // The demo's victim and suspect share a phone and a car: proposed as a relation, never as one person.
        await Assertions.Expect(page.GetByTestId("link-pair").Filter(new() { HasText = "Lisa Verhoef en Mo Bakkali" })).ToHaveCountAsync(0);
        var pending = page.GetByTestId("link-pair").Filter(new() { HasText = "Mo Bakkali en Sanne Kuiper" });
        await Assertions.Expect(pending.GetByRole(AriaRole.Heading)).ToContainTextAsync("mogelijk verband");
        await pending.GetByRole(AriaRole.Link, new() { Name = "Mo Bakkali" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^netwerk \\d+$") }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Netwerk \\d+$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Netwerk van 2 personen" })).ToBeVisibleAsync();
        var table = page.GetByTestId("network-table");
        await Assertions.Expect(table).ToContainTextAsync("+31641278390");
        await Assertions.Expect(table).ToContainTextAsync("ZX-482-K");
        await Assertions.Expect(table).ToContainTextAsync("mogelijke dader");
        await Assertions.Expect(table).ToContainTextAsync("Persoon (nog te beoordelen)");
        await Assertions.Expect(page.GetByTestId("flag")).ToContainTextAsync("Nog niet voor de tafel");
        await page.ShouldHaveNoWcagViolationsAsync();

        // The neighbour's report: a third person, seen in the same car, from a third source.
        pending = page.GetByTestId("link-pair").Filter(new() { HasText = "Mo Bakkali en Sanne Kuiper" });
        await pending.GetByRole(AriaRole.Button, new() { Name = "Wel verband, niet dezelfde persoon" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Geef aan welk verband er is tussen deze twee personen").First).ToBeVisibleAsync();
        await page.ShouldHaveNoWcagViolationsAsync();
        pending = page.GetByTestId("link-pair").Filter(new() { HasText = "Mo Bakkali en Sanne Kuiper" });
        await pending.GetByLabel("Toelichting bij uw besluit").FillAsync("De buurman zag haar uit zijn auto stappen; zij is een ander dan Lisa.");
        await pending.GetByRole(AriaRole.Button, new() { Name = "Wel verband, niet dezelfde persoon" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Verband vastgelegd");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Netwerk van 3 personen" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("flag")).ToContainTextAsync("Voor de tafel");
        await Assertions.Expect(page.GetByTestId("flag")).ToContainTextAsync("3 meldingen uit 3 verschillende bronnen, 3 personen in één netwerk");
        await Assertions.Expect(page.GetByTestId("network-links")).ToContainTextAsync("wel verband, niet dezelfde persoon");
        await page.ShouldHaveNoWcagViolationsAsync();

        await page.GotoAsync("/");
        var flagged = page.GetByRole(AriaRole.Region, new() { Name = "Gekoppelde signalen voor de tafel" });
        await Assertions.Expect(flagged).ToContainTextAsync("3 personen in één netwerk");
        await page.Context.CloseAsync();
    }
}
