using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Table;

/// <summary>Decisions at the table: a case with several tracks, refused bad input, concurrent decisions, closing a case.</summary>
public sealed class TableDecisionTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private static string DecideUrl(int meeting, int item) => $"/tafel/vergaderingen/{meeting}/punten/{item}";

    [Fact]
    public async Task Upgrading_a_signal_makes_a_case_with_two_tracks_and_tells_the_municipality_without_content()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        var item = await factory.ItemIdAsync(meeting, "Deventer");
        var secretary = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var care = await factory.UserIdAsync("zorgcoordinator@demo.schakel.nl");
        var chair = await factory.UserIdAsync("procesregisseur@demo.schakel.nl");
        var response = await secretary.PostFormAsync(DecideUrl(meeting, item), new()
        {
            ["Input.Version"] = "0", ["Input.ReasonableSuspicion"] = "true", ["Input.Outcome"] = "Tracks",
            ["Input.DirectorUserId"] = chair, ["Input.FirstGoal"] = "Lotte veilig houden",
            ["Input.Actions[0].Description"] = "Gesprek met ouders", ["Input.Actions[0].OwnerUserId"] = care, ["Input.Actions[0].DueOn"] = "2030-01-01",
        }, extra: [new("Input.Tracks", "Care"), new("Input.Tracks", "Administrative")]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var (tracks, signalCase, notified) = await factory.WithAsync(async db =>
        {
            var agendaItem = await db.Set<AgendaItem>().Include(i => i.Signal).SingleAsync(i => i.Id == item);
            var c = await db.Set<TableCase>().Include(x => x.Tracks).SingleAsync(x => x.Id == agendaItem.CaseId);
            var afDeventer = await db.Users.Where(u => u.Email == "af.deventer@demo.schakel.nl").Select(u => u.Id).SingleAsync();
            var titles = await db.Notifications.Where(n => n.UserId == afDeventer).Select(n => n.Title).ToListAsync();
            return (c.Tracks.Select(t => t.Kind).OrderBy(k => k).ToList(), agendaItem.Signal!.CaseId == c.Id, titles);
        });
        tracks.ShouldBe([TrackKind.Care, TrackKind.Administrative]);
        signalCase.ShouldBeTrue();
        notified.ShouldContain(t => t.Contains("door de regionale tafel opgepakt"));
        notified.ShouldNotContain(t => t.Contains("Lotte") || t.Contains("zorg", StringComparison.OrdinalIgnoreCase));

        var mine = await (await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl")).GetHtmlAsync("/mijn-acties");
        mine.ShouldContain("Gesprek met ouders");
    }

    [Fact]
    public async Task Bad_decisions_are_refused_with_a_message_and_the_input_kept()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        var item = await factory.ItemIdAsync(meeting, "Kampen");
        var secretary = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        // Another test in this class may decide on the same item first; post the version as it stands.
        var version = (await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.Version).SingleAsync())).ToString();

        var noDirector = await secretary.PostFormAsync(DecideUrl(meeting, item), new()
        {
            ["Input.Version"] = version, ["Input.ReasonableSuspicion"] = "true", ["Input.Outcome"] = "Tracks", ["Input.FirstGoal"] = "Mijn eerste doel",
            ["Input.Actions[0].Description"] = "Leerplicht bellen",
        });
        noDirector.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await noDirector.Content.ReadAsStringAsync());
        html.ShouldContain("Kies ten minste één spoor");
        html.ShouldContain("Wijs een casusregisseur aan.");
        html.ShouldContain("Actie 1: kies een eigenaar");
        html.ShouldContain("Actie 1: geef een uiterste datum.");
        html.ShouldContain("Mijn eerste doel");
        html.ShouldContain("Leerplicht bellen");

        var tracksWithoutCase = await secretary.PostFormAsync(DecideUrl(meeting, item), new()
        {
            ["Input.Version"] = version, ["Input.ReasonableSuspicion"] = "false", ["Input.Outcome"] = "KeepMonitoring",
        }, extra: [new("Input.Tracks", "Care")]);
        WebUtility.HtmlDecode(await tracksWithoutCase.Content.ReadAsStringAsync()).ShouldContain("Sporen kunnen alleen bij de uitkomst");
        (await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.Version).SingleAsync())).ToString().ShouldBe(version);
    }

    [Fact]
    public async Task A_decision_made_meanwhile_by_another_member_is_shown_beside_the_own_input()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        var item = await factory.ItemIdAsync(meeting, "Kampen");
        var chair = await WebSession.SignedInAsync(factory, "procesregisseur@demo.schakel.nl");
        var secretary = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var version = await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.Version).SingleAsync());

        var first = await chair.PostFormAsync(DecideUrl(meeting, item), new()
        {
            ["Input.Version"] = version.ToString(), ["Input.ReasonableSuspicion"] = "false", ["Input.Outcome"] = "KeepMonitoring", ["Input.Notes"] = "Eerst leerplicht afwachten",
        });
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var second = await secretary.PostFormAsync(DecideUrl(meeting, item), new()
        {
            ["Input.Version"] = version.ToString(), ["Input.ReasonableSuspicion"] = "false", ["Input.Outcome"] = "NoFurtherAction", ["Input.Notes"] = "Geen aanwijzingen meer",
        });
        second.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());
        html.ShouldContain("Iemand anders heeft dit punt intussen gewijzigd");
        html.ShouldContain("Eerst leerplicht afwachten");
        html.ShouldContain("Geen aanwijzingen meer");
        (await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.Outcome).SingleAsync())).ShouldBe(TableOutcome.KeepMonitoring);
    }

    [Fact]
    public async Task A_case_closes_only_when_every_track_has_an_outcome()
    {
        var caseId = await factory.DemoCaseIdAsync();
        var riec = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        var url = $"/zaken/{caseId}";
        var close = await riec.PostFormAsync(url + "?handler=Close", new() { ["CaseVersion"] = "0" }, formPage: url);
        close.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await close.Content.ReadAsStringAsync()).ShouldContain("pas worden afgesloten als elk spoor een uitkomst heeft");

        var careTrack = await factory.WithAsync(db => db.Set<CaseTrack>().Where(t => t.CaseId == caseId && t.Kind == TrackKind.Care).Select(t => new { t.Id, t.Version }).SingleAsync());
        var noOutcome = await riec.PostFormAsync(url + "?handler=Track", new() { ["TrackId"] = careTrack.Id.ToString(), ["Version"] = careTrack.Version.ToString(), ["CloseTrack"] = "true", ["OutcomeCode"] = "" }, formPage: url);
        WebUtility.HtmlDecode(await noOutcome.Content.ReadAsStringAsync()).ShouldContain("Een spoor sluiten kan alleen met een uitkomst");
        (await factory.WithAsync(db => db.Set<TableCase>().Where(c => c.Id == caseId).Select(c => c.ClosedAt).SingleAsync())).ShouldBeNull();
    }
}
