using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Schakel.Core.Signals;
using Schakel.Core.Table;

namespace Schakel.BrowserTests;

[Collection("browser")]
public sealed class TableTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_whole_meeting_from_pre_round_to_the_next_agenda()
    {
        var (acute, regular) = await browser.Factory.WithAsync(async db => (
            await db.Signals.Where(s => s.IsAcute && s.Municipality!.Name == "Deventer").Select(s => s.Reference).SingleAsync(),
            await db.Signals.Where(s => s.Status == SignalStatus.RegisteredForTable && s.Municipality!.Name == "Kampen").Select(s => s.Reference).SingleAsync()));

        // The chair plans a meeting at the suggested date and has Schakel build its agenda.
        var chair = await browser.SignedInPageAsync("procesregisseur@demo.schakel.nl");
        await chair.GetByRole(AriaRole.Link, new() { Name = "Regionale tafel" }).ClickAsync();
        await chair.ShouldHaveNoWcagViolationsAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Vergadering toevoegen" }).ClickAsync();
        await chair.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/tafel/vergaderingen/\\d+$"));
        var meetingUrl = new Uri(chair.Url).AbsolutePath;
        await chair.ShouldHaveNoWcagViolationsAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Agenda opstellen" }).ClickAsync();
        await Assertions.Expect(chair.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Agenda");
        var newSignals = await chair.GetByTestId("section-NewSignal").TextContentAsync() ?? "";
        newSignals.IndexOf(acute, StringComparison.Ordinal).ShouldBeGreaterThanOrEqualTo(0);
        newSignals.IndexOf(acute, StringComparison.Ordinal).ShouldBeLessThan(newSignals.IndexOf(regular, StringComparison.Ordinal), "acute signals come first");
        await Assertions.Expect(chair.GetByTestId("section-CaseInMonitoring").GetByTestId("agenda-item")).ToHaveCountAsync(1);
        await Assertions.Expect(chair.GetByTestId("section-overdue")).ToContainTextAsync("Opvangplek bij Fier reserveren");
        await chair.ShouldHaveNoWcagViolationsAsync();
        await chair.GotoAsync(meetingUrl);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Voorronde versturen" }).ClickAsync();
        await Assertions.Expect(chair.GetByRole(AriaRole.Status)).ToContainTextAsync("voorronde is verstuurd");

        // Two partners answer the pre-round, one of them without JavaScript.
        foreach (var (email, answer, note, js) in new[] { ("politie@demo.schakel.nl", "Bekend", "Kenteken eerder gezien bij controle.", true), ("zorgcoordinator@demo.schakel.nl", "Niet bekend", "", false) })
        {
            var partner = await browser.SignedInPageAsync(email, javaScript: js);
            await partner.GotoAsync(meetingUrl + "/voorronde");
            await partner.GetByLabel($"{answer} (Lotte)", new() { Exact = true }).CheckAsync();
            if (note.Length > 0)
            {
                await partner.GetByLabel("Toelichting voor de tafel (Lotte)").FillAsync(note);
            }
            if (js)
            {
                await partner.ShouldHaveNoWcagViolationsAsync();
            }
            await partner.GetByRole(AriaRole.Button, new() { Name = "Antwoorden opslaan" }).ClickAsync();
            await Assertions.Expect(partner.GetByRole(AriaRole.Status)).ToContainTextAsync("opgeslagen");
            await partner.Context.CloseAsync();
        }
        await chair.GotoAsync(meetingUrl + "/voorronde");
        var waiting = chair.GetByTestId("not-answered");
        await Assertions.Expect(waiting).ToContainTextAsync("Linda Smit");
        await Assertions.Expect(waiting).Not.ToContainTextAsync("Rob van Dijk");
        await Assertions.Expect(waiting).Not.ToContainTextAsync("Anouk Mulder");
        await Assertions.Expect(chair.GetByTestId("answers").First).ToContainTextAsync("Kenteken eerder gezien bij controle.");

        // At the meeting: the acute signal becomes a case with two tracks and an action due today.
        await chair.GotoAsync(meetingUrl + "/agenda");
        await chair.GetByRole(AriaRole.Link, new() { Name = $"Bespreken en besluiten over {acute}" }).ClickAsync();
        await chair.GetByLabel("Ja, redelijk vermoeden").CheckAsync();
        await chair.GetByLabel(TableLabels.Dutch(TableOutcome.Tracks)).CheckAsync();
        await chair.GetByLabel(TableLabels.Dutch(TrackKind.Care)).CheckAsync();
        await chair.GetByLabel(TableLabels.Dutch(TrackKind.Administrative)).CheckAsync();
        await chair.GetByLabel("Casusregisseur").SelectOptionAsync(new SelectOptionValue { Label = "Marieke Bosman (Zorg- en Veiligheidshuis IJsselland)" });
        await chair.GetByLabel("Eerste doel").FillAsync("Lotte blijft veilig ondergebracht en krijgt een vaste hulpverlener.");
        await chair.GetByLabel("Werkafspraken").FillAsync("Burgemeester onderzoekt sluiting van het pand waar ze werd opgewacht.");
        await chair.GetByLabel("Actie 1: wat").FillAsync("Intakegesprek jeugdzorg plannen");
        await chair.GetByLabel("Actie 1: eigenaar").SelectOptionAsync(new SelectOptionValue { Label = "Anouk Mulder (Veilig Thuis IJsselland)" });
        // A due date in the past is refused; today is the earliest, and it is overdue by the next meeting.
        var today = Schakel.Web.Features.Shared.DutchTime.Day(browser.Factory.Now).ToString("yyyy-MM-dd");
        await chair.GetByLabel("Actie 1: uiterlijk").FillAsync(today);
        await chair.ShouldHaveNoWcagViolationsAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Assertions.Expect(chair.GetByRole(AriaRole.Status)).ToContainTextAsync("Besluit over");

        // The minutes show decision, both tracks, director and action.
        await chair.GotoAsync(meetingUrl + "/verslag");
        var minutes = chair.GetByTestId("minutes");
        await Assertions.Expect(minutes).ToContainTextAsync(TableLabels.Dutch(TableOutcome.Tracks));
        await Assertions.Expect(minutes.GetByTestId("minutes-tracks")).ToContainTextAsync(TableLabels.Dutch(TrackKind.Care));
        await Assertions.Expect(minutes.GetByTestId("minutes-tracks")).ToContainTextAsync(TableLabels.Dutch(TrackKind.Administrative));
        await Assertions.Expect(minutes).ToContainTextAsync("Marieke Bosman");
        await Assertions.Expect(minutes.GetByTestId("minutes-actions")).ToContainTextAsync("Intakegesprek jeugdzorg plannen");
        await chair.ShouldHaveNoWcagViolationsAsync();

        // The next meeting's agenda follows the new case and shows the overdue action.
        await chair.GotoAsync("/tafel");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Vergadering toevoegen" }).ClickAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Agenda opstellen" }).ClickAsync();
        await Assertions.Expect(chair.GetByTestId("section-CaseInMonitoring").GetByTestId("agenda-item")).ToHaveCountAsync(2);
        await Assertions.Expect(chair.GetByTestId("section-NewSignal")).Not.ToContainTextAsync(acute);
        await Assertions.Expect(chair.GetByTestId("section-overdue")).ToContainTextAsync("Intakegesprek jeugdzorg plannen");
        await chair.Context.CloseAsync();

        // The owner finds it among the own actions (due today, so not yet overdue on the start page).
        var owner = await browser.SignedInPageAsync("zorgcoordinator@demo.schakel.nl");
        await owner.GotoAsync("/mijn-acties");
        await Assertions.Expect(owner.Locator("main")).ToContainTextAsync("Intakegesprek jeugdzorg plannen");
        await owner.Context.CloseAsync();
    }
}
