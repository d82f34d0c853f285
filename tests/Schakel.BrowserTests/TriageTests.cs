using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Schakel.Core.Signals;
using Schakel.Core.Table;

namespace Schakel.BrowserTests;

/// <summary>
/// The Fryslân route in a browser: the region is set to go via the chain director, who triages what the attention
/// officer registers, sends it back with a question, puts it on the table once answered, and the table hands it back
/// to the municipality for local follow-up.
/// </summary>
[Collection("browser")]
public sealed class TriageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_signal_goes_from_the_attention_officer_via_triage_to_the_table_and_back_to_the_municipality()
    {
        var (reference, meeting) = await browser.Factory.WithAsync(async db => (
            await db.Signals.Where(s => s.Status == SignalStatus.New && s.Kind == SignalKind.Report && s.Municipality!.Name == "Zwolle").OrderBy(s => s.Id).Select(s => s.Reference).FirstAsync(),
            await db.Set<TableMeeting>().OrderByDescending(m => m.StartsAt).Select(m => m.Id).FirstAsync()));

        // The chain director sets the region to route via triage.
        var director = await browser.SignedInPageAsync("ketenregisseur@demo.schakel.nl");
        await director.GetByRole(AriaRole.Link, new() { Name = "Triage", Exact = true }).ClickAsync();
        await Assertions.Expect(director.GetByTestId("triage-empty")).ToBeVisibleAsync();
        await director.ShouldHaveNoWcagViolationsAsync();
        await director.GetByRole(AriaRole.Link, new() { Name = "Route na de aandachtsfunctionaris instellen" }).ClickAsync();
        await director.ShouldHaveNoWcagViolationsAsync();
        await director.GetByLabel("Via de ketenregisseur (triage) naar de regionale tafel").CheckAsync();
        await director.GetByRole(AriaRole.Button, new() { Name = "Route opslaan" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync("via de ketenregisseur");
        await Assertions.Expect(director.GetByTestId("region-routes")).ToContainTextAsync("IJsselland: Via de ketenregisseur");

        // The attention officer registers the signal for the table: it goes to the chain director.
        var af = await browser.SignedInPageAsync("af.zwolle@demo.schakel.nl");
        await af.GotoAsync($"/meldingen/{reference}?tab=acties");
        await af.GetByLabel("Aanmelden voor de regionale tafel").CheckAsync();
        await af.GetByLabel("Reden of toelichting (bij een adviesvraag: het antwoord)").FillAsync("Werkt zeven dagen per week en woont bij de werkgever.");
        await af.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Assertions.Expect(af.GetByTestId("status")).ToHaveTextAsync("Bij de ketenregisseur");
        await af.GetByRole(AriaRole.Link, new() { Name = "Overzicht", Exact = true }).ClickAsync();
        await Assertions.Expect(af.GetByTestId("triage-section")).ToContainTextAsync("ligt bij de ketenregisseur");
        await af.ShouldHaveNoWcagViolationsAsync();

        // The chain director finds it in triage and sends it back with a question; an empty question is refused.
        await director.GotoAsync("/meldingen/triage");
        await Assertions.Expect(director.GetByTestId("triage-table")).ToContainTextAsync("Zwolle");
        await director.ShouldHaveNoWcagViolationsAsync();
        await director.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(director.GetByTestId("triage-section")).ToBeVisibleAsync();
        await director.ShouldHaveNoWcagViolationsAsync();
        await director.GetByRole(AriaRole.Button, new() { Name = "Terugsturen naar de gemeente" }).ClickAsync();
        await Assertions.Expect(director.GetByText("Schrijf de vraag aan de gemeente.").First).ToBeVisibleAsync();
        await director.ShouldHaveNoWcagViolationsAsync();
        await director.GetByLabel("Vraag aan de gemeente").FillAsync("Is de werkgever bekend bij het wijkteam of de leerplicht?");
        await director.GetByRole(AriaRole.Button, new() { Name = "Terugsturen naar de gemeente" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync(reference);
        await Assertions.Expect(director.GetByTestId("triage-empty")).ToBeVisibleAsync();

        // The attention officer reads the question, answers it with municipal information and registers again.
        await af.GotoAsync("/");
        await Assertions.Expect(af.GetByText($"Melding {reference} is teruggestuurd door de ketenregisseur, met een vraag")).ToBeVisibleAsync();
        await af.GotoAsync($"/meldingen/{reference}");
        await Assertions.Expect(af.GetByTestId("handed-back")).ToContainTextAsync("Is de werkgever bekend bij het wijkteam");
        await Assertions.Expect(af.GetByTestId("status")).ToHaveTextAsync("In behandeling");
        await af.GetByRole(AriaRole.Link, new() { Name = "Gemeentelijke informatie", Exact = true }).ClickAsync();
        await af.GetByLabel("Notitie (bijvoorbeeld: bekend bij wijkteam, BRP-adres, eerdere meldingen)").FillAsync("Werkgever is bij het wijkteam bekend van eerdere zorgen over huisvesting.");
        await af.GetByRole(AriaRole.Button, new() { Name = "Notitie toevoegen" }).ClickAsync();
        await af.GetByRole(AriaRole.Link, new() { Name = "Acties en besluit", Exact = true }).ClickAsync();
        await af.GetByLabel("Aanmelden voor de regionale tafel").CheckAsync();
        await af.GetByLabel("Reden of toelichting (bij een adviesvraag: het antwoord)").FillAsync("Vraag beantwoord: werkgever bekend, vermoeden blijft.");
        await af.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Assertions.Expect(af.GetByTestId("status")).ToHaveTextAsync("Bij de ketenregisseur");

        // The chain director puts it on the table.
        await director.GotoAsync($"/meldingen/{reference}");
        await director.GetByLabel("Toelichting voor de tafel (niet verplicht)").FillAsync("Antwoord van de gemeente is binnen.");
        await director.GetByRole(AriaRole.Button, new() { Name = "Op de regionale tafel zetten" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Status)).ToContainTextAsync(reference);
        await director.Context.CloseAsync();

        // At the table: back to the municipality for local follow-up, with an instruction.
        var chair = await browser.SignedInPageAsync("procesregisseur@demo.schakel.nl");
        await chair.GotoAsync($"/tafel/vergaderingen/{meeting}");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Agenda opstellen" }).ClickAsync();
        await chair.GetByRole(AriaRole.Link, new() { Name = $"Bespreken en besluiten over {reference}" }).ClickAsync();
        await chair.GetByLabel("Nee", new() { Exact = true }).CheckAsync();
        await chair.GetByLabel(TableLabels.Dutch(TableOutcome.LocalFollowUp)).CheckAsync();
        await chair.GetByLabel("Toelichting bij het besluit").FillAsync("Wijkteam gaat met de werkgever in gesprek; opnieuw aanmelden als de zorgen blijven.");
        await chair.ShouldHaveNoWcagViolationsAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Assertions.Expect(chair.GetByRole(AriaRole.Status)).ToContainTextAsync("Besluit over");
        await chair.Context.CloseAsync();

        // Back in the attention officer's queue, open, with the table's instruction.
        await af.GotoAsync("/meldingen");
        await Assertions.Expect(af.GetByTestId("signal-table")).ToContainTextAsync(reference);
        await af.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(af.GetByTestId("status")).ToHaveTextAsync("In behandeling");
        await Assertions.Expect(af.GetByTestId("handed-back")).ToContainTextAsync("Wijkteam gaat met de werkgever in gesprek");
        await af.ShouldHaveNoWcagViolationsAsync();
        await af.GetByRole(AriaRole.Link, new() { Name = "Geschiedenis", Exact = true }).ClickAsync();
        await Assertions.Expect(af.GetByTestId("history")).ToContainTextAsync("terug naar de gemeente voor lokale opvolging");
        await af.ShouldHaveNoWcagViolationsAsync();
        await af.GotoAsync("/");
        await Assertions.Expect(af.GetByText($"Melding {reference} is door de regionale tafel teruggelegd voor lokale opvolging")).ToBeVisibleAsync();
        await af.Context.CloseAsync();
    }
}
