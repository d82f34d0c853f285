using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Web.Features.Shared;
using Schakel.Web.Features.Signals.Contracts;

namespace Schakel.BrowserTests;

[Collection("browser")]
public sealed class UnderminingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<string> NewZwolleSignalAsync()
    {
        await using var scope = browser.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Schakel.Web.Infrastructure.Data.SchakelDb>();
        var zwolle = db.Organisations.Single(o => o.Name == "Zwolle").Id;
        var result = await scope.ServiceProvider.GetRequiredService<ISignalIntake>().CreateAsync(new SignalDraft
        {
            MelderTypeCode = "WIJKTEAM", MunicipalityId = zwolle, FormCodes = [ExploitationForms.Labour],
            Description = "Nagelsalon met wisselend personeel dat in het pand lijkt te slapen; eigenaar heeft meerdere zaken.",
            Subjects = [new SubjectDraft { Role = SubjectRole.PossibleVictim, FullName = "Thi Lan Nguyen" }],
        }, new IntakeSource(IntakeChannel.App, "test"), CancellationToken.None);
        return result.Signal.Reference;
    }

    [Fact]
    public async Task The_oov_adviser_escalates_to_the_riec_while_the_care_route_runs_on()
    {
        var reference = await NewZwolleSignalAsync();

        var af = await browser.SignedInPageAsync("af.zwolle@demo.schakel.nl");
        await af.GotoAsync($"/meldingen/{reference}/ondermijning");
        await af.ShouldHaveNoWcagViolationsAsync();
        await af.GetByRole(AriaRole.Button, new() { Name = "Voorleggen aan OOV-adviseur" }).ClickAsync();
        await Assertions.Expect(af.GetByText("Schrijf de vraag of reden voor de OOV-adviseur.").First).ToBeVisibleAsync();
        await af.ShouldHaveNoWcagViolationsAsync();
        await af.GetByLabel("Vraag of reden voor de OOV-adviseur").FillAsync("Eigenaar heeft meerdere zaken; bekend in het ondermijningsbeeld?");
        await af.GetByRole(AriaRole.Button, new() { Name = "Voorleggen aan OOV-adviseur" }).ClickAsync();
        await Assertions.Expect(af.GetByTestId("undermining-referrals")).ToContainTextAsync("Voorgelegd aan OOV-adviseur");
        await af.ShouldHaveNoWcagViolationsAsync();

        var oov = await browser.SignedInPageAsync("oov@demo.schakel.nl");
        await oov.GetByRole(AriaRole.Link, new() { Name = "Voorleggingen ondermijning" }).ClickAsync();
        await oov.ShouldHaveNoWcagViolationsAsync();
        await oov.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(oov.GetByTestId("referral-status")).ToHaveTextAsync("Voorgelegd aan OOV-adviseur");
        await oov.ShouldHaveNoWcagViolationsAsync();
        var yesterday = DutchTime.Today(browser.Factory.Services.GetRequiredService<TimeProvider>()).AddDays(-1);
        await oov.GetByLabel("Datum van de bespreking").FillAsync(yesterday.ToString("yyyy-MM-dd"));
        await oov.GetByLabel("Uitkomst van de bespreking").FillAsync("Bibob-informatie over de exploitant opvragen.");
        await oov.GetByRole(AriaRole.Button, new() { Name = "Bespreking vastleggen" }).ClickAsync();
        await Assertions.Expect(oov.GetByTestId("referral-status")).ToHaveTextAsync("Besproken aan de casustafel ondermijning");

        // The care route does not wait: the AF registers the signal for the regional table meanwhile.
        await af.GotoAsync($"/meldingen/{reference}?tab=acties");
        await af.GetByLabel("Aanmelden voor de regionale tafel").CheckAsync();
        await af.GetByLabel("Reden of toelichting (bij een adviesvraag: het antwoord)").FillAsync("Zorgen om de medewerkers: slapen in het pand.");
        await af.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Assertions.Expect(af.GetByTestId("status")).ToHaveTextAsync("Aangemeld voor de regionale tafel");

        await oov.GetByLabel("Reden van de escalatie").FillAsync("Exploitant ook eigenaar van andere panden in de regio.");
        await oov.GetByRole(AriaRole.Button, new() { Name = "Escaleren naar het RIEC" }).ClickAsync();
        await Assertions.Expect(oov.GetByTestId("referral-status")).ToHaveTextAsync("Geëscaleerd naar het RIEC");

        var riec = await browser.SignedInPageAsync("riec@demo.schakel.nl");
        await riec.GetByRole(AriaRole.Link, new() { Name = "Escalaties RIEC" }).ClickAsync();
        await riec.ShouldHaveNoWcagViolationsAsync();
        await riec.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(riec.GetByTestId("referral-steps")).ToContainTextAsync("Exploitant ook eigenaar van andere panden");
        await riec.ShouldHaveNoWcagViolationsAsync();
        await riec.GetByRole(AriaRole.Button, new() { Name = "Escalatie oppakken" }).ClickAsync();
        await Assertions.Expect(riec.GetByTestId("referral-status")).ToHaveTextAsync("In behandeling bij het RIEC");
        await riec.GetByLabel("Uitkomst van het RIEC").SelectOptionAsync(new SelectOptionValue { Label = "RIEC-dossier aangelegd" });
        await riec.GetByRole(AriaRole.Button, new() { Name = "Uitkomst vastleggen en afsluiten" }).ClickAsync();
        await Assertions.Expect(riec.GetByTestId("referral-status")).ToHaveTextAsync("Afgesloten");
        await riec.ShouldHaveNoWcagViolationsAsync();

        // One timeline tells both routes; the signal stayed on its own.
        await af.GotoAsync($"/meldingen/{reference}?tab=geschiedenis");
        await Assertions.Expect(af.GetByTestId("status")).ToHaveTextAsync("Aangemeld voor de regionale tafel");
        var history = af.GetByTestId("history");
        await Assertions.Expect(history).ToContainTextAsync("Voorgelegd aan de OOV-adviseur ondermijning");
        await Assertions.Expect(history).ToContainTextAsync($"Besproken aan de casustafel ondermijning op {yesterday:d-M-yyyy}");
        await Assertions.Expect(history).ToContainTextAsync("Aanmelden voor de regionale tafel");
        await Assertions.Expect(history).ToContainTextAsync("Geëscaleerd naar het RIEC; de zorgroute loopt door");
        await Assertions.Expect(history).ToContainTextAsync("Escalatie afgerond door het RIEC");
        await af.ShouldHaveNoWcagViolationsAsync();
        await af.GetByRole(AriaRole.Link, new() { Name = "Acties en besluit", Exact = true }).ClickAsync();
        await Assertions.Expect(af.GetByTestId("undermining-referrals")).ToContainTextAsync("Afgesloten");
        await af.ShouldHaveNoWcagViolationsAsync();
        foreach (var page in new[] { af, oov, riec })
        {
            await page.Context.CloseAsync();
        }
    }
}
