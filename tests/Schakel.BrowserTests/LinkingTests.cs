using Microsoft.Playwright;

namespace Schakel.BrowserTests;

[Collection("browser")]
public sealed class LinkingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_chain_director_confirms_a_suggested_link_and_the_cluster_is_flagged_for_the_table()
    {
        var page = await browser.SignedInPageAsync("ketenregisseur@demo.schakel.nl");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Koppelen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Signalen koppelen");
        await page.ShouldHaveNoWcagViolationsAsync();

        // The demo has the two Petrov registrations confirmed already; a third signal shares the Bulgarian number.
        var pair = page.GetByTestId("link-pair").Filter(new() { HasText = "Dimitar Petrov en D. Petrov" });
        await Assertions.Expect(pair.GetByTestId("reasons")).ToContainTextAsync("zelfde telefoonnummer");
        await pair.GetByRole(AriaRole.Button, new() { Name = "Bevestigen: zelfde persoon" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Geef aan waarom dit dezelfde persoon is").First).ToBeVisibleAsync();
        await page.ShouldHaveNoWcagViolationsAsync();

        pair = page.GetByTestId("link-pair").Filter(new() { HasText = "Dimitar Petrov en D. Petrov" });
        await pair.GetByLabel("Toelichting bij uw besluit").FillAsync("Zelfde Bulgaars nummer; de AF van Staphorst herkent de man van de foto.");
        await pair.GetByRole(AriaRole.Button, new() { Name = "Bevestigen: zelfde persoon" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Koppeling bevestigd: zelfde persoon.");
        await Assertions.Expect(page.GetByTestId("link-pair").Filter(new() { HasText = "Dimitar Petrov en D. Petrov" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("decisions")).ToContainTextAsync("de AF van Staphorst herkent de man");

        var flagged = page.GetByTestId("clusters").First;
        await Assertions.Expect(flagged).ToContainTextAsync("3 meldingen uit 3 verschillende bronnen");
        await flagged.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("flag")).ToContainTextAsync("Voor de tafel");
        await Assertions.Expect(page.GetByTestId("cluster-subjects")).ToContainTextAsync("D. Petrov");
        await Assertions.Expect(page.GetByTestId("cluster-subjects")).ToContainTextAsync("Staphorst");
        await page.ShouldHaveNoWcagViolationsAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gekoppelde signalen voor de tafel" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_chain_director_reads_the_region_model_and_the_make_up_of_a_score()
    {
        var page = await browser.SignedInPageAsync("ketenregisseur@demo.schakel.nl");
        await page.GotoAsync("/koppelen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Het koppelmodel van uw regio" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Koppelmodel van regio IJsselland");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nu opnieuw schatten" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("versie 1");
        await Assertions.Expect(page.GetByTestId("model-history")).ToContainTextAsync("Versie 1");
        await page.ShouldHaveNoWcagViolationsAsync();

        await page.GotoAsync("/koppelen");
        await page.GetByTestId("link-pair").First.GetByRole(AriaRole.Link, new() { Name = "Hoe is deze score berekend?" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Hoe de score van");
        await Assertions.Expect(page.GetByTestId("score-waterfall")).ToContainTextAsync("Startkans (a-priori)");
        await Assertions.Expect(page.GetByTestId("waterfall-model")).ToContainTextAsync("Berekend met model v1");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.Context.CloseAsync();
    }
}
