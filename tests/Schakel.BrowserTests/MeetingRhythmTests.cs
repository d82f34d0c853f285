using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Schakel.Core.Table;
using Schakel.Web.Features.Shared;

namespace Schakel.BrowserTests;

/// <summary>The municipality at the table and the meeting rhythm, as the chair and an invited attention officer use them.</summary>
[Collection("browser")]
public sealed class MeetingRhythmTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_invited_municipality_sees_its_own_item_and_the_series_moves_together()
    {
        var (deventer, kampen) = await browser.Factory.WithAsync(async db => (
            await db.Signals.Where(s => s.IsAcute && s.Municipality!.Name == "Deventer").Select(s => s.Reference).SingleAsync(),
            await db.Signals.Where(s => s.Municipality!.Name == "Kampen" && s.Status == Schakel.Core.Signals.SignalStatus.RegisteredForTable).Select(s => s.Reference).SingleAsync()));

        // The chair plans a meeting and has the agenda built: the municipalities are invited, the next meeting planned.
        var chair = await browser.SignedInPageAsync("procesregisseur@demo.schakel.nl");
        await chair.GotoAsync("/tafel");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Vergadering toevoegen" }).ClickAsync();
        await chair.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/tafel/vergaderingen/\\d+$"));
        var meetingUrl = new Uri(chair.Url).AbsolutePath;
        var meetingId = int.Parse(meetingUrl.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        await chair.GetByRole(AriaRole.Button, new() { Name = "Agenda opstellen" }).ClickAsync();
        await Assertions.Expect(chair.GetByRole(AriaRole.Status)).ToContainTextAsync("Volgende vergadering volgens het ritme gepland");
        await chair.GotoAsync(meetingUrl);
        await Assertions.Expect(chair.GetByTestId("meeting-guests")).ToContainTextAsync("Deventer");
        await Assertions.Expect(chair.GetByTestId("meeting-guests")).ToContainTextAsync("Kampen");
        await chair.ShouldHaveNoWcagViolationsAsync();

        // The attention officer of Deventer opens the meeting from the invitation and sees only the Deventer item.
        var af = await browser.SignedInPageAsync("af.deventer@demo.schakel.nl");
        await af.GotoAsync(meetingUrl);
        await Assertions.Expect(af.GetByTestId("guest-note")).ToBeVisibleAsync();
        await af.ShouldHaveNoWcagViolationsAsync();
        await af.GetByRole(AriaRole.Link, new() { Name = "Agenda", Exact = true }).ClickAsync();
        await Assertions.Expect(af.GetByTestId("section-NewSignal")).ToContainTextAsync(deventer);
        await Assertions.Expect(af.Locator("main")).Not.ToContainTextAsync(kampen);
        await Assertions.Expect(af.GetByTestId("own-items-note")).ToContainTextAsync("andere punten");
        await af.ShouldHaveNoWcagViolationsAsync();
        await af.Context.CloseAsync();

        // The chair moves the meeting a day later, with the rest of the series; no JavaScript needed.
        var (startsAt, nextAt) = await browser.Factory.WithAsync(async db =>
        {
            var m = await db.Set<TableMeeting>().SingleAsync(x => x.Id == meetingId);
            var n = await db.Set<TableMeeting>().Where(x => x.TableId == m.TableId && x.StartsAt > m.StartsAt).OrderBy(x => x.StartsAt).Select(x => x.StartsAt).FirstAsync();
            return (m.StartsAt, n);
        });
        var interval = await browser.Factory.WithAsync(db => db.Set<RegionalTable>().Select(t => t.MeetingIntervalDays).FirstAsync());
        DutchTime.ToLocal(nextAt).ShouldBe(DutchTime.ToLocal(startsAt).AddDays(interval), "the next meeting follows the rhythm");
        var target = DutchTime.ToLocal(startsAt).AddDays(1);
        await chair.GetByLabel("Vergadering verzetten naar").FillAsync(target.ToString("yyyy-MM-ddTHH:mm"));
        await chair.GetByLabel("Deze en alle volgende", new() { Exact = false }).CheckAsync();
        await chair.ShouldHaveNoWcagViolationsAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Verzetten" }).ClickAsync();
        await Assertions.Expect(chair.GetByRole(AriaRole.Status)).ToContainTextAsync("volgende vergadering(en) zijn verzet");
        var movedNext = await browser.Factory.WithAsync(async db =>
        {
            var m = await db.Set<TableMeeting>().SingleAsync(x => x.Id == meetingId);
            return await db.Set<TableMeeting>().Where(x => x.TableId == m.TableId && x.StartsAt > m.StartsAt).OrderBy(x => x.StartsAt).Select(x => x.StartsAt).FirstAsync();
        });
        DutchTime.ToLocal(movedNext).ShouldBe(DutchTime.ToLocal(nextAt).AddDays(1));
        await chair.Context.CloseAsync();
    }
}
