using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Schakel.BrowserTests;

[Collection("browser")]
public sealed class SignInTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_sign_in_page_is_accessible()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        page.Url.ShouldContain("/inloggen");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("melder@demo.schakel.nl", "Mijn meldingen")]
    [InlineData("af.zwolle@demo.schakel.nl", "Wachtrij Zwolle")]
    [InlineData("af.deventer@demo.schakel.nl", "Wachtrij Deventer")]
    [InlineData("ketenregisseur@demo.schakel.nl", "Open meldingen in de regio")]
    [InlineData("procesregisseur@demo.schakel.nl", "Aangemeld voor de regionale tafel")]
    [InlineData("zorgcoordinator@demo.schakel.nl", "Aangemeld voor de regionale tafel")]
    [InlineData("politie@demo.schakel.nl", "Aangemeld voor de regionale tafel")]
    [InlineData("riec@demo.schakel.nl", "Aangemeld voor de regionale tafel")]
    [InlineData("oov@demo.schakel.nl", "Nieuwe berichten")]
    [InlineData("bestuurder@demo.schakel.nl", "Meldingen per gemeente")]
    [InlineData("fg@demo.schakel.nl", "Privacy")]
    [InlineData("beheerder@demo.schakel.nl", "Beheer")]
    public async Task Each_role_signs_in_and_sees_its_accessible_start_page(string email, string section)
    {
        var page = await browser.SignedInPageAsync(email);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Welkom, "));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = section, Exact = false }).First).ToBeVisibleAsync();
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.Context.CloseAsync();
    }
}
