using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Schakel.Core.Care;
using Schakel.Core.Table;
using Schakel.Web.Features.Demo;

namespace Schakel.BrowserTests;

[Collection("browser")]
public sealed class CareTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_care_coordinator_walks_a_victim_from_the_case_to_a_placement_and_closes_the_care_track()
    {
        var caseId = await browser.Factory.WithAsync(db => db.Set<TableCase>().OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var care = await browser.SignedInPageAsync("zorgcoordinator@demo.schakel.nl");
        await care.GotoAsync($"/zaken/{caseId}");
        await CaseTab(care, "Meldingen en personen").ClickAsync();
        await care.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Zorgdossier ") }).First.ClickAsync();
        await Assertions.Expect(care.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Zorgdossier");
        var fileUrl = new Uri(care.Url).AbsolutePath;
        await care.ShouldHaveNoWcagViolationsAsync();

        // The decision tree: an adult EU citizen in labour exploitation without safe housing → COSM.
        await Tab(care, "Opvang").ClickAsync();
        foreach (var answer in new[] { "minor-no", "danger-no", "needs-none", "residence-eu", "exploitation-labour", "housing-no" })
        {
            await care.Locator($"#q-{answer}").CheckAsync();
        }
        await care.GetByRole(AriaRole.Button, new() { Name = "Advies opvragen" }).ClickAsync();
        await Assertions.Expect(care.GetByTestId("shelter-advice")).ToContainTextAsync("Categorale opvang slachtoffers mensenhandel (COSM)");
        await care.ShouldHaveNoWcagViolationsAsync();
        await care.GetByRole(AriaRole.Button, new() { Name = "Plaatsing vastleggen" }).ClickAsync();
        await Assertions.Expect(care.GetByRole(AriaRole.Alert)).ToContainTextAsync("Geef de reden voor deze plaatsing");
        await care.GetByLabel("Reden van de plaatsing").FillAsync("Werkgever kent het woonadres; een plek buiten de regio is nodig.");
        await care.GetByRole(AriaRole.Button, new() { Name = "Plaatsing vastleggen" }).ClickAsync();
        await Assertions.Expect(care.GetByRole(AriaRole.Status)).ToContainTextAsync("Plaatsing vastgelegd");
        await Assertions.Expect(care.GetByTestId("care-shelter")).ToContainTextAsync("Werkgever kent het woonadres");
        await Tab(care, "Toestemming").ClickAsync();

        await care.GetByLabel("Reikwijdte").SelectOptionAsync(new SelectOptionValue { Label = "Delen met genoemde partner" });
        await care.GetByLabel("Partner (bij delen)").FillAsync("Fier");
        await care.GetByRole(AriaRole.Button, new() { Name = "Toestemming vastleggen" }).ClickAsync();
        await Assertions.Expect(care.GetByTestId("care-consents")).ToContainTextAsync("Delen met genoemde partner: Fier");
        await Tab(care, "Doelen").ClickAsync();

        await care.GetByLabel("Doel", new() { Exact = true }).FillAsync("Zelfstandig wonen met werk via het UWV");
        await care.GetByLabel("Evaluatiedatum", new() { Exact = true }).FillAsync(DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd"));
        await care.GetByRole(AriaRole.Button, new() { Name = "Doel toevoegen" }).ClickAsync();
        await Assertions.Expect(care.GetByTestId("care-goals")).ToContainTextAsync("Zelfstandig wonen met werk via het UWV");

        // A need is edited in place, without script: an end before its start is refused in Dutch, in the opened form.
        var psych = CareLabels.Dutch(LifeDomain.PsychologicalCare);
        await Tab(care, "Zorgbehoeften").ClickAsync();
        await care.Locator("summary", new() { HasText = $"Wijzigen {psych}" }).ClickAsync();
        await care.GetByLabel($"Tot (wijzigen: {psych})").FillAsync("2000-01-01");
        await care.Locator("details[open]").GetByRole(AriaRole.Button, new() { Name = "Zorgbehoefte opslaan" }).ClickAsync();
        await Assertions.Expect(care.GetByRole(AriaRole.Alert)).ToContainTextAsync("De einddatum van de zorgbehoefte ligt voor de begindatum.");
        await Assertions.Expect(care.GetByLabel($"Tot (wijzigen: {psych})")).ToHaveValueAsync("2000-01-01");
        await care.ShouldHaveNoWcagViolationsAsync();
        await care.GetByLabel($"Tot (wijzigen: {psych})").FillAsync(DateTime.UtcNow.AddDays(90).ToString("yyyy-MM-dd"));
        await care.GetByLabel($"Zorgaanbieder (wijzigen: {psych})").FillAsync("Fier traumazorg");
        await care.Locator("details[open]").GetByRole(AriaRole.Button, new() { Name = "Zorgbehoefte opslaan" }).ClickAsync();
        await Assertions.Expect(care.GetByRole(AriaRole.Status)).ToContainTextAsync("Zorgbehoefte gewijzigd");
        await Assertions.Expect(care.GetByTestId("care-needs")).ToContainTextAsync("Fier traumazorg");

        // Closing is refused while needs are open; once they are settled, it closes with an outcome.
        await Tab(care, "Overzicht").ClickAsync();
        await care.GetByLabel("Uitkomst").SelectOptionAsync(new SelectOptionValue { Label = CareOutcomes.Label("OVERGEDRAGEN") });
        await care.GetByRole(AriaRole.Button, new() { Name = "Zorgtraject sluiten" }).ClickAsync();
        await Assertions.Expect(care.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nog open");
        await Tab(care, "Zorgbehoeften").ClickAsync();
        foreach (var domain in new[] { LifeDomain.PsychologicalCare, LifeDomain.ResidenceStatus })
        {
            await care.GetByLabel($"Status van {CareLabels.Dutch(domain)}").SelectOptionAsync(new SelectOptionValue { Label = CareLabels.Dutch(NeedStatus.Met) });
            await care.GetByRole(AriaRole.Button, new() { Name = $"Opslaan {CareLabels.Dutch(domain)}" }).ClickAsync();
            await Assertions.Expect(care.GetByRole(AriaRole.Status)).ToContainTextAsync("Zorgbehoefte bijgewerkt");
        }
        await Tab(care, "Overzicht").ClickAsync();
        await care.GetByLabel("Uitkomst").SelectOptionAsync(new SelectOptionValue { Label = CareOutcomes.Label("OVERGEDRAGEN") });
        await care.GetByRole(AriaRole.Button, new() { Name = "Zorgtraject sluiten" }).ClickAsync();
        await Assertions.Expect(care.GetByTestId("care-status")).ToContainTextAsync("Zorgtraject gesloten");
        await care.ShouldHaveNoWcagViolationsAsync();

        // The municipality's attention officer sees the status and the goals, not the notes.
        var af = await browser.SignedInPageAsync("af.zwolle@demo.schakel.nl");
        await af.GotoAsync(fileUrl);
        await Assertions.Expect(af.GetByTestId("care-status")).ToContainTextAsync("Zorgtraject gesloten");
        await Assertions.Expect(Tab(af, "Zorgbehoeften")).ToHaveCountAsync(0);
        await Tab(af, "Doelen").ClickAsync();
        await Assertions.Expect(af.GetByTestId("care-goals")).ToContainTextAsync("Zelfstandig wonen met werk via het UWV");
        (await af.ContentAsync()).ShouldNotContain(DemoCare.ClinicalNote);
        await af.ShouldHaveNoWcagViolationsAsync();
    }

    internal static ILocator Tab(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van het zorgdossier" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    internal static ILocator CaseTab(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van de casus" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
}
