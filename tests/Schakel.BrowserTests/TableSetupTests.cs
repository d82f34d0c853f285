using Microsoft.Playwright;

namespace Schakel.BrowserTests;

[Collection("browser")]
public sealed class TableSetupTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_chain_director_sets_up_a_table_with_seats_without_script()
    {
        var chain = await browser.SignedInPageAsync("ketenregisseur@demo.schakel.nl");
        await chain.GetByRole(AriaRole.Link, new() { Name = "Tafels inrichten" }).ClickAsync();
        await Assertions.Expect(chain.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Tafels inrichten");
        await Assertions.Expect(chain.GetByLabel("Dagen tussen twee vergaderingen")).ToHaveValueAsync("14");
        await chain.ShouldHaveNoWcagViolationsAsync();

        await chain.GetByLabel("Naam").FillAsync("Arbeidsuitbuitingstafel");
        await chain.GetByRole(AriaRole.Button, new() { Name = "Tafel aanmaken" }).ClickAsync();
        await Assertions.Expect(chain.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kies de voorzitter van de tafel.");
        await Assertions.Expect(chain.GetByLabel("Naam")).ToHaveValueAsync("Arbeidsuitbuitingstafel");
        await chain.ShouldHaveNoWcagViolationsAsync();
        await chain.GetByLabel("Voorzitter").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await chain.GetByRole(AriaRole.Button, new() { Name = "Tafel aanmaken" }).ClickAsync();
        await Assertions.Expect(chain.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Tafel Arbeidsuitbuitingstafel");

        await chain.GetByLabel("Organisatie", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "RIEC Oost-Nederland" });
        await chain.GetByRole(AriaRole.Button, new() { Name = "Organisatie een zetel geven" }).ClickAsync();
        await Assertions.Expect(chain.GetByTestId("members")).ToContainTextAsync("RIEC Oost-Nederland (hele organisatie)");
        await chain.ShouldHaveNoWcagViolationsAsync();
    }
}
