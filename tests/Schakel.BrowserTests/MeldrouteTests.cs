using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Schakel.BrowserTests;

[Collection("browser")]
public sealed class MeldrouteTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_citizen_reports_without_JavaScript_and_the_attention_officer_registers_it_for_the_table()
    {
        // axe-core needs script, so the accessibility check runs in a normal page; the report itself is made without JavaScript.
        var check = await browser.NewPageAsync();
        await check.GotoAsync("/melden");
        await check.ShouldHaveNoWcagViolationsAsync();
        await check.GetByLabel("Er is een minderjarige betrokken").CheckAsync();
        await check.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();
        await Assertions.Expect(check.GetByText("Kies wie de melding doet (soort melder).").First).ToBeVisibleAsync();
        await check.ShouldHaveNoWcagViolationsAsync();
        await check.Context.CloseAsync();

        var citizen = await browser.NewPageAsync(javaScript: false);
        await citizen.GotoAsync("/melden");
        await citizen.GetByLabel("Ik meld als").SelectOptionAsync(new SelectOptionValue { Label = "Burger" });
        await citizen.GetByLabel("Gemeente waar het zich afspeelt").SelectOptionAsync(new SelectOptionValue { Label = "Zwolle" });
        await citizen.GetByLabel("Seksuele uitbuiting").CheckAsync();
        await citizen.GetByLabel("Wordt veel gebeld, moet altijd bereikbaar zijn").CheckAsync();
        await citizen.GetByLabel("Er is een minderjarige betrokken").CheckAsync();
        await citizen.GetByLabel("Wat heeft u gezien, gehoord of vermoedt u?").FillAsync("Meisje van een jaar of zestien wordt 's avonds door steeds andere mannen opgehaald bij de woning naast ons.");
        await citizen.GetByLabel("Naam (of wat u weet: voornaam, bijnaam)").FillAsync("Naomi");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Melding controleren" }).ClickAsync();
        // A citizen gets one plain sentence, none of the professionals' words for levels, weights and indicators.
        await Assertions.Expect(citizen.GetByTestId("signal-check")).ToContainTextAsync("Wat u beschrijft, is een duidelijk signaal");
        var sentence = await citizen.GetByTestId("signal-check").TextContentAsync();
        foreach (var jargon in new[] { "zorg", "gewicht", "indicator", "kritiek", "route", "signaalcheck" })
        {
            sentence.ShouldNotBeNull().ShouldNotContain(jargon, Case.Insensitive);
        }
        await Assertions.Expect(citizen.GetByTestId("signal-check")).ToBeInViewportAsync();
        await Assertions.Expect(citizen.GetByLabel("Naam (of wat u weet: voornaam, bijnaam)")).ToHaveValueAsync("Naomi");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();
        var reference = await citizen.GetByTestId("reference").TextContentAsync();
        reference.ShouldNotBeNull();
        reference.ShouldMatch("^MH-[A-Z0-9]{4}-[A-Z0-9]{4}$");
        await citizen.Context.CloseAsync();

        var af = await browser.SignedInPageAsync("af.zwolle@demo.schakel.nl");
        await af.GotoAsync("/meldingen");
        await af.ShouldHaveNoWcagViolationsAsync();
        await af.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(af.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(reference);
        await af.ShouldHaveNoWcagViolationsAsync();

        await af.GetByRole(AriaRole.Link, new() { Name = "Gemeentelijke informatie", Exact = true }).ClickAsync();
        await af.GetByLabel("Notitie (bijvoorbeeld: bekend bij wijkteam, BRP-adres, eerdere meldingen)").FillAsync("Woning staat op naam van een verhuurder met meerdere panden.");
        await af.GetByRole(AriaRole.Button, new() { Name = "Notitie toevoegen" }).ClickAsync();
        await Assertions.Expect(af.GetByText("Woning staat op naam van een verhuurder")).ToBeVisibleAsync();

        await af.GetByRole(AriaRole.Link, new() { Name = "Acties en besluit", Exact = true }).ClickAsync();
        await af.GetByLabel("Aanmelden voor de regionale tafel").CheckAsync();
        await af.GetByLabel("Reden of toelichting (bij een adviesvraag: het antwoord)").FillAsync("Minderjarige, meerdere mannen: vermoeden versterkt.");
        await af.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Assertions.Expect(af.GetByTestId("status")).ToHaveTextAsync("Aangemeld voor de regionale tafel");
        await af.GetByRole(AriaRole.Link, new() { Name = "Geschiedenis", Exact = true }).ClickAsync();
        await Assertions.Expect(af.GetByTestId("history")).ToContainTextAsync("Minderjarige, meerdere mannen");
        await af.Context.CloseAsync();
    }

    [Fact]
    public async Task An_acute_signal_reaches_the_attention_officer_and_the_table_at_once()
    {
        var melder = await browser.SignedInPageAsync("melder@demo.schakel.nl");
        await melder.GotoAsync("/meldingen/nieuw");
        await melder.ShouldHaveNoWcagViolationsAsync();
        await melder.GetByLabel("Soort melder").SelectOptionAsync(new SelectOptionValue { Label = "Wijk- of gebiedsteam" });
        await melder.GetByLabel("Gemeente waar het zich afspeelt").SelectOptionAsync(new SelectOptionValue { Label = "Zwolle" });
        await melder.GetByLabel("Arbeidsuitbuiting").CheckAsync();
        await melder.GetByLabel("Wat heeft u gezien, gehoord of vermoedt u?").FillAsync("Schoonmaker met verwondingen zegt opgesloten te worden in het bedrijfspand.");
        await melder.GetByLabel("Acuut: er is direct ingrijpen nodig of genomen").CheckAsync();
        await melder.GetByLabel("Wie grijpt in").SelectOptionAsync(new SelectOptionValue { Label = "Politie / OM" });
        await melder.GetByLabel("Welke interventie is of wordt genomen").FillAsync("Politie haalt de man vanavond op.");
        await melder.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();
        var message = await melder.GetByRole(AriaRole.Status).First.TextContentAsync();
        var reference = Regex.Match(message ?? "", "MH-[A-Z0-9]{4}-[A-Z0-9]{4}").Value;
        reference.ShouldNotBeEmpty();
        await melder.Context.CloseAsync();

        foreach (var email in new[] { "af.zwolle@demo.schakel.nl", "politie@demo.schakel.nl", "zorgcoordinator@demo.schakel.nl" })
        {
            var page = await browser.SignedInPageAsync(email);
            await Assertions.Expect(page.GetByTestId("notifications")).ToContainTextAsync($"ACUUT: melding {reference}");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_attention_officer_of_another_municipality_gets_no_access()
    {
        var zwolle = await browser.SignedInPageAsync("af.zwolle@demo.schakel.nl");
        await zwolle.GotoAsync("/meldingen");
        var reference = await zwolle.GetByTestId("signal-table").Locator("tbody").GetByRole(AriaRole.Link).First.TextContentAsync();
        await zwolle.Context.CloseAsync();

        var deventer = await browser.SignedInPageAsync("af.deventer@demo.schakel.nl");
        var response = await deventer.GotoAsync($"/meldingen/{reference}");
        response!.Status.ShouldBe(403);
        await Assertions.Expect(deventer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen toegang");
        await deventer.Context.CloseAsync();

        var anonymous = await browser.NewPageAsync();
        await anonymous.GotoAsync($"/meldingen/{reference}");
        anonymous.Url.ShouldContain("/inloggen");
        await anonymous.Context.CloseAsync();
    }
}
