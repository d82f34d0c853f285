using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Table;

/// <summary>
/// A case crosses municipal borders: the attention officer of a municipality whose signal joined the case reads it
/// (not the police-only details) and only from then on; registrations reach the people at the region's table.
/// </summary>
public sealed class TableCrossMunicipalityTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task The_attention_officer_of_a_joined_signal_reads_the_case_but_not_the_police_details_and_cannot_change_it()
    {
        var caseId = await factory.DemoCaseIdAsync();
        var url = $"/zaken/{caseId}";
        var afDeventer = await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl");
        (await afDeventer.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var meeting = await factory.MeetingIdAsync(next: true);
        var item = await factory.ItemIdAsync(meeting, "Deventer");
        var version = await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.Version).SingleAsync());
        // The chair decides: the other test in this class takes the chain director's seat away.
        var chairSession = await WebSession.SignedInAsync(factory, "procesregisseur@demo.schakel.nl");
        var join = await chairSession.PostFormAsync($"/tafel/vergaderingen/{meeting}/punten/{item}", new()
        {
            ["Input.Version"] = version.ToString(), ["Input.ReasonableSuspicion"] = "true", ["Input.Outcome"] = "Tracks", ["Input.JoinCaseId"] = caseId.ToString(),
        });
        join.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await afDeventer.GetAsync(url + "?tab=sporen");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        html.ShouldContain("strafrechtelijk traject open");
        html.ShouldNotContain("TMM-onderzoek Lotus");
        html.ShouldNotContain("data-testid=\"police-detail\"");

        var track = await factory.WithAsync(db => db.Set<CaseTrack>().Where(t => t.CaseId == caseId && t.Kind == TrackKind.Care).Select(t => new { t.Id, t.Version }).SingleAsync());
        var change = await afDeventer.PostFormAsync(url + "?handler=Track", new() { ["TrackId"] = track.Id.ToString(), ["Version"] = track.Version.ToString(), ["OutcomeCode"] = "IN_ZORG" }, formPage: url);
        change.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The case's own municipality keeps reading it; police still see their details.
        (await (await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await WebSession.SignedInAsync(factory, "politie@demo.schakel.nl")).GetHtmlAsync(url + "?tab=sporen")).ShouldContain("TMM-onderzoek Lotus");
    }

    [Fact]
    public async Task A_registration_for_the_table_notifies_the_members_of_the_regions_table_not_holders_of_a_role()
    {
        // The chain director leaves the table (seat and secretary); the care coordinator keeps a seat.
        var chainDirector = await factory.UserIdAsync("ketenregisseur@demo.schakel.nl");
        var careCoordinator = await factory.UserIdAsync("zorgcoordinator@demo.schakel.nl");
        var chair = await factory.UserIdAsync("procesregisseur@demo.schakel.nl");
        await factory.WithAsync(async db =>
        {
            var table = await db.Set<RegionalTable>().Include(t => t.Members).FirstAsync();
            table.SecretaryUserId = null;
            table.Members.RemoveAll(m => m.UserId == chainDirector);
            return await db.SaveChangesAsync();
        });

        var reference = await factory.WithAsync(db => db.Signals.Where(s => s.Kind == SignalKind.Report && s.Status == SignalStatus.New && s.MunicipalityId != null)
            .OrderBy(s => s.Id).Select(s => s.Reference).FirstAsync());
        var detail = $"/meldingen/{reference}";
        var chain = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var version = WebSession.HiddenValue(await chain.GetHtmlAsync(SignalTabs.Actions(reference)), "Version")!;
        var register = await chain.PostFormAsync($"{detail}?handler=Decide", new() { ["Action"] = "RegisterForTable", ["Reason"] = "Vermoeden versterkt.", ["Version"] = version }, formPage: detail);
        register.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var notified = await factory.WithAsync(db => db.Notifications
            .Where(n => n.Url == detail && n.Title.Contains("aangemeld voor de regionale tafel")).Select(n => n.UserId).ToListAsync());
        notified.ShouldContain(careCoordinator);
        notified.ShouldContain(chair);
        notified.ShouldNotContain(chainDirector);
    }
}
