using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Schakel.Core.Signals;
using Schakel.Core.Table;

namespace Schakel.BrowserTests;

[Collection("browser")]
public sealed class AcuteConsultationTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_spoed_mdo_with_two_partners_ends_as_an_acute_item_at_the_top_of_the_next_agenda()
    {
        var (reference, nonAcute, meeting) = await browser.Factory.WithAsync(async db => (
            await db.Signals.Where(s => s.Status == SignalStatus.New && s.Municipality!.Name == "Zwolle").OrderBy(s => s.Id).Select(s => s.Reference).FirstAsync(),
            await db.Signals.Where(s => s.Status == SignalStatus.RegisteredForTable && s.Municipality!.Name == "Kampen").Select(s => s.Reference).SingleAsync(),
            await db.Set<TableMeeting>().OrderByDescending(m => m.StartsAt).Select(m => m.Id).FirstAsync()));

        // The attention officer marks the signal acute and asks the police and the care coordinator for advice.
        var af = await browser.SignedInPageAsync("af.zwolle@demo.schakel.nl");
        await af.GotoAsync($"/meldingen/{reference}?tab=acties");
        await af.GetByLabel(SignalLabels.Dutch(SignalAction.MarkAcute)).CheckAsync();
        await af.GetByLabel("Bij acuut: wie grijpt in").SelectOptionAsync(new SelectOptionValue { Label = SignalLabels.Dutch(AcuteActor.PoliceOrProsecution) });
        await af.GetByLabel("Bij acuut: genomen interventie").FillAsync("Politie heeft hem van de werkplek gehaald.");
        await af.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Assertions.Expect(af.GetByTestId("consultation-section")).ToBeVisibleAsync();
        await af.ShouldHaveNoWcagViolationsAsync();
        await af.GetByLabel("Vraag aan de partners").FillAsync("Is hij bij u bekend, en is vannacht opvang nodig?");
        await af.GetByLabel("Antwoord binnen (uur)").FillAsync("3");
        await af.GetByLabel("Rob van Dijk", new() { Exact = false }).CheckAsync();
        await af.GetByLabel("Anouk Mulder", new() { Exact = false }).CheckAsync();
        await af.GetByRole(AriaRole.Button, new() { Name = "Spoed-MDO starten" }).ClickAsync();
        await Assertions.Expect(af.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Spoed-MDO over melding {reference}");
        await Assertions.Expect(af.GetByTestId("deadline")).ToContainTextAsync("binnen 3 uur");
        await af.ShouldHaveNoWcagViolationsAsync();
        var consultationUrl = new Uri(af.Url).AbsolutePath;

        // The start page itself, where a refused start comes back with the input kept.
        await af.GotoAsync($"/meldingen/{reference}/spoed-mdo");
        await af.ShouldHaveNoWcagViolationsAsync();

        // Both partners answer from their list of spoed-MDO's, one of them without JavaScript.
        foreach (var (email, advice, js) in new[] { ("politie@demo.schakel.nl", "Bekend van een controle bij een uitzendbureau.", true), ("zorgcoordinator@demo.schakel.nl", "Opvangplek vannacht vrijgehouden.", false) })
        {
            var partner = await browser.SignedInPageAsync(email, javaScript: js);
            await partner.GetByRole(AriaRole.Link, new() { Name = "Spoed-MDO's" }).ClickAsync();
            if (js)
            {
                await partner.ShouldHaveNoWcagViolationsAsync();
            }
            await partner.GetByRole(AriaRole.Link, new() { Name = $"Spoed-MDO over {reference}" }).ClickAsync();
            await partner.GetByLabel("Advies", new() { Exact = true }).FillAsync(advice);
            if (js)
            {
                await partner.ShouldHaveNoWcagViolationsAsync();
            }
            await partner.GetByRole(AriaRole.Button, new() { Name = "Advies geven" }).ClickAsync();
            await Assertions.Expect(partner.GetByRole(AriaRole.Status)).ToContainTextAsync("Uw advies is vastgelegd");
            await partner.Context.CloseAsync();
        }

        // The officer reads both answers and records the outcome.
        await af.GotoAsync(consultationUrl);
        await Assertions.Expect(af.GetByTestId("invitee")).ToHaveCountAsync(2);
        await Assertions.Expect(af.GetByTestId("invitees")).ToContainTextAsync("Opvangplek vannacht vrijgehouden.");
        await Assertions.Expect(af.GetByTestId("invitees")).Not.ToContainTextAsync("nog niet beantwoord");
        await af.GetByLabel("Uitkomst van de spoed-MDO").FillAsync("Opvang vannacht; politie spreekt hem morgen.");
        await af.GetByRole(AriaRole.Button, new() { Name = "Uitkomst vastleggen en afronden" }).ClickAsync();
        await Assertions.Expect(af.GetByRole(AriaRole.Status)).ToContainTextAsync("als acuut punt op de agenda");
        await Assertions.Expect(af.GetByTestId("outcome")).ToContainTextAsync("Opvang vannacht");
        await af.ShouldHaveNoWcagViolationsAsync();
        await af.Context.CloseAsync();

        // The chair finds it among the acute items at the top of the next agenda, above the signal that is not acute.
        var chair = await browser.SignedInPageAsync("procesregisseur@demo.schakel.nl");
        await chair.GotoAsync($"/tafel/vergaderingen/{meeting}/agenda");
        var items = await chair.GetByTestId("section-NewSignal").GetByTestId("agenda-item").AllTextContentsAsync();
        var index = items.ToList().FindIndex(t => t.Contains(reference, StringComparison.Ordinal));
        index.ShouldBeGreaterThanOrEqualTo(0);
        items.Take(index + 1).ShouldAllBe(t => t.Contains("ACUUT"));
        index.ShouldBeLessThan(items.ToList().FindIndex(t => t.Contains(nonAcute, StringComparison.Ordinal)));
        await chair.ShouldHaveNoWcagViolationsAsync();
    }
}
