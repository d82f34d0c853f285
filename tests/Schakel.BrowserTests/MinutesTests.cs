using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Schakel.Core.Table;

namespace Schakel.BrowserTests;

/// <summary>
/// The pre-round a partner can answer (with the person's date of birth), attendance, the decision with the answers
/// beside it, and the minutes in the full version and the municipality's version.
/// </summary>
[Collection("browser")]
public sealed class MinutesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Note = "Bekend bij RIEC via een eerdere controle, details niet deelbaar.";

    [Fact]
    public async Task A_partner_answers_the_pre_round_the_chair_records_attendance_decides_and_opens_both_versions_of_the_minutes()
    {
        var data = await browser.Factory.WithAsync(async db =>
        {
            var lotte = await db.Subjects.FirstAsync(s => s.FullName == "Lotte");
            lotte.DateOfBirth = new DateOnly(2010, 3, 4);
            await db.SaveChangesAsync();
            var meeting = await db.Set<TableMeeting>().OrderByDescending(m => m.StartsAt).Select(m => m.Id).FirstAsync();
            var acute = await db.Signals.Where(s => s.IsAcute && s.Municipality!.Name == "Deventer").Select(s => s.Reference).SingleAsync();
            var kampen = await db.Set<AgendaItem>().Where(i => i.MeetingId == meeting && i.Signal!.Municipality!.Name == "Kampen").Select(i => i.Signal!.Reference).FirstAsync();
            string Describe(string email) => db.Users.Where(u => u.Email == email).Select(u => u.DisplayName + " (" + u.Organisation!.Name + ")").Single();
            return (meeting, acute, kampen, Riec: Describe("riec@demo.schakel.nl"), Police: Describe("politie@demo.schakel.nl"), Guest: Describe("af.deventer@demo.schakel.nl"));
        });
        var meetingUrl = $"/tafel/vergaderingen/{data.meeting}";

        // A partner sees who the person is, so the answer comes from the own systems.
        var partner = await browser.SignedInPageAsync("riec@demo.schakel.nl");
        await partner.GotoAsync(meetingUrl + "/voorronde");
        await Assertions.Expect(partner.GetByTestId("preround-identity").First).ToContainTextAsync("4-3-2010");
        await partner.ShouldHaveNoWcagViolationsAsync();
        await partner.GetByLabel("Bekend, niet deelbaar (Lotte)", new() { Exact = true }).CheckAsync();
        await partner.GetByLabel("Toelichting voor de tafel (Lotte)").FillAsync(Note);
        await partner.GetByRole(AriaRole.Button, new() { Name = "Antwoorden opslaan" }).ClickAsync();
        await Assertions.Expect(partner.GetByRole(AriaRole.Status)).ToContainTextAsync("opgeslagen");
        await partner.Context.CloseAsync();

        // The chair records who attended, with the municipality's attention officer as a guest.
        var chair = await browser.SignedInPageAsync("procesregisseur@demo.schakel.nl");
        await chair.GotoAsync(meetingUrl);
        await chair.GetByRole(AriaRole.Link, new() { Name = "Aanwezigheid" }).ClickAsync();
        await chair.GetByRole(AriaRole.Group, new() { Name = data.Riec }).GetByLabel("Aanwezig", new() { Exact = true }).CheckAsync();
        await chair.GetByRole(AriaRole.Group, new() { Name = data.Police }).GetByLabel("Afwezig met bericht").CheckAsync();
        await chair.GetByLabel(data.Guest).CheckAsync();
        await chair.ShouldHaveNoWcagViolationsAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Aanwezigheid opslaan" }).ClickAsync();
        await Assertions.Expect(chair.GetByRole(AriaRole.Status)).ToContainTextAsync("aanwezigheid is vastgelegd");

        // The decision page shows the answer beside the form.
        await chair.GotoAsync(meetingUrl + "/agenda");
        await chair.GetByRole(AriaRole.Link, new() { Name = $"Bespreken en besluiten over {data.acute}" }).ClickAsync();
        await Assertions.Expect(chair.GetByTestId("preround-answers")).ToContainTextAsync(Note);
        await Assertions.Expect(chair.GetByTestId("preround-answers")).ToContainTextAsync(TableLabels.Dutch(Acquaintance.KnownNotShareable));
        await chair.ShouldHaveNoWcagViolationsAsync();
        await chair.GetByLabel("Ja, redelijk vermoeden").CheckAsync();
        await chair.GetByLabel(TableLabels.Dutch(TableOutcome.Tracks)).CheckAsync();
        await chair.GetByLabel(TableLabels.Dutch(TrackKind.Care)).CheckAsync();
        await chair.GetByLabel("Casusregisseur").SelectOptionAsync(new SelectOptionValue { Label = "Marieke Bosman (Zorg- en Veiligheidshuis IJsselland)" });
        await chair.GetByLabel("Eerste doel").FillAsync("Lotte blijft veilig ondergebracht.");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Assertions.Expect(chair.GetByRole(AriaRole.Status)).ToContainTextAsync("Besluit over");

        // The full version: attendance, the item with its reference, director and the pre-round answer.
        await chair.GotoAsync(meetingUrl + "/verslag");
        var minutes = chair.GetByTestId("minutes");
        await Assertions.Expect(minutes).ToHaveAttributeAsync("data-version", "Full");
        await Assertions.Expect(minutes.GetByTestId("minutes-attendance")).ToContainTextAsync(data.Riec);
        await Assertions.Expect(minutes.GetByTestId("minutes-attendance")).ToContainTextAsync(data.Guest);
        var item = minutes.GetByTestId("minutes-item").Filter(new() { HasText = data.acute });
        await Assertions.Expect(item.GetByTestId("minutes-director")).ToContainTextAsync("Marieke Bosman");
        await Assertions.Expect(item).ToContainTextAsync(Note);
        await Assertions.Expect(minutes).ToContainTextAsync(data.kampen);
        await chair.ShouldHaveNoWcagViolationsAsync();
        await chair.GetByRole(AriaRole.Link, new() { Name = "Versie voor de gemeente Deventer" }).ClickAsync();
        await Assertions.Expect(chair.GetByTestId("minutes")).ToHaveAttributeAsync("data-version", "Municipality");
        await chair.Context.CloseAsync();

        // The municipality's version: its own item with the case director, nothing of Kampen, no pre-round.
        var af = await browser.SignedInPageAsync("af.deventer@demo.schakel.nl");
        await af.GotoAsync(meetingUrl + "/verslag");
        var own = af.GetByTestId("minutes");
        await Assertions.Expect(own).ToHaveAttributeAsync("data-version", "Municipality");
        await Assertions.Expect(own).ToContainTextAsync(data.acute);
        await Assertions.Expect(own.GetByTestId("minutes-director")).ToContainTextAsync("Marieke Bosman");
        await Assertions.Expect(own).Not.ToContainTextAsync(data.kampen);
        await Assertions.Expect(own).Not.ToContainTextAsync(Note);
        await af.ShouldHaveNoWcagViolationsAsync();
        await af.Context.CloseAsync();
    }
}
