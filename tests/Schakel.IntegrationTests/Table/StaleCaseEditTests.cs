using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Table;

/// <summary>
/// Two table members edit the same case: the second, stale save of a track or an action is refused, the page shows
/// the colleague's change and keeps the own choice in the form.
/// </summary>
public sealed class StaleCaseEditTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_stale_track_change_is_refused_with_the_colleagues_outcome_shown_and_the_own_choice_kept()
    {
        var caseId = await factory.DemoCaseIdAsync();
        var url = $"/zaken/{caseId}";
        var track = await factory.WithAsync(db => db.Set<CaseTrack>().Where(t => t.CaseId == caseId && t.Kind == TrackKind.Care).Select(t => new { t.Id, t.Version }).SingleAsync());
        var colleague = await WebSession.SignedInAsync(factory, "politie@demo.schakel.nl");
        var me = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");

        (await colleague.PostFormAsync(url + "?handler=Track", new() { ["TrackId"] = Text(track.Id), ["Version"] = Text(track.Version), ["OutcomeCode"] = "IN_ZORG" }, formPage: url))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await me.PostFormAsync(url + "?handler=Track",
            new() { ["TrackId"] = Text(track.Id), ["Version"] = Text(track.Version), ["OutcomeCode"] = "DOORVERWEZEN", ["CloseTrack"] = "true" }, formPage: url);

        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        html.ShouldContain("Iemand anders heeft dit spoor intussen gewijzigd");
        html.ShouldContain("Stand: <strong>open: In zorg</strong>", Case.Sensitive, "the colleague's outcome is shown");
        html.ShouldContain("<option value=\"DOORVERWEZEN\" selected=\"selected\">", Case.Sensitive, "the own choice stays in the form");
        html.ShouldContain($"id=\"cl-{track.Id}\" name=\"CloseTrack\" value=\"true\" checked=\"checked\"");
        (await factory.WithAsync(db => db.Set<CaseTrack>().Where(t => t.Id == track.Id).Select(t => new { t.OutcomeCode, t.Status }).SingleAsync()))
            .ShouldBe(new { OutcomeCode = (string?)"IN_ZORG", Status = TrackStatus.Open });
    }

    [Fact]
    public async Task A_stale_action_status_is_refused_with_the_colleagues_status_shown_and_the_own_choice_kept()
    {
        var caseId = await factory.DemoCaseIdAsync();
        var url = $"/zaken/{caseId}";
        var action = await factory.WithAsync(async db =>
        {
            var meeting = await db.Set<TableMeeting>().OrderBy(m => m.StartsAt).FirstAsync();
            var owner = await db.Users.FirstAsync(u => u.Email == "riec@demo.schakel.nl");
            var a = new TableAction { MeetingId = meeting.Id, CaseId = caseId, Description = "Huisbezoek plannen", OwnerUserId = owner.Id, OwnerName = "RIEC", DueOn = new DateOnly(2031, 1, 1) };
            db.Set<TableAction>().Add(a);
            await db.SaveChangesAsync();
            return a;
        });
        var colleague = await WebSession.SignedInAsync(factory, "politie@demo.schakel.nl");
        var me = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        var fields = new Dictionary<string, string> { ["actionId"] = Text(action.Id), ["actionVersion"] = Text(action.Version), ["status"] = nameof(ActionStatus.Done) };

        (await colleague.PostFormAsync(url + "?handler=Action", fields, formPage: url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        fields["status"] = nameof(ActionStatus.Cancelled);
        var stale = await me.PostFormAsync(url + "?handler=Action", fields, formPage: url);

        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        html.ShouldContain("Iemand anders heeft deze actie intussen gewijzigd");
        html.ShouldContain($"Huisbezoek plannen · RIEC · uiterlijk 1-1-2031 · {TableLabels.Dutch(ActionStatus.Done)}", Case.Sensitive, "the colleague's status is shown");
        html.ShouldContain($"<option value=\"Cancelled\" selected=\"selected\">{TableLabels.Dutch(ActionStatus.Cancelled)}</option>", Case.Sensitive, "the own choice stays in the form");
        (await factory.WithAsync(db => db.Set<TableAction>().Where(a => a.Id == action.Id).Select(a => a.Status).SingleAsync())).ShouldBe(ActionStatus.Done);
    }

    [Fact]
    public async Task A_stale_postponement_is_refused_with_the_colleagues_postponement_shown_and_the_own_reason_kept()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        var item = await factory.ItemIdAsync(meeting, "Deventer");
        var url = $"/tafel/vergaderingen/{meeting}/agenda";
        var version = await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.Version).SingleAsync());
        var colleague = await WebSession.SignedInAsync(factory, "procesregisseur@demo.schakel.nl");
        var me = await WebSession.SignedInAsync(factory, "procesregisseur@demo.schakel.nl");

        (await colleague.PostFormAsync(url + "?handler=Postpone", new() { ["ItemId"] = Text(item), ["Version"] = Text(version), ["Reason"] = "Politie levert eerst informatie aan" }, formPage: url))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await me.PostFormAsync(url + "?handler=Postpone", new() { ["ItemId"] = Text(item), ["Version"] = Text(version), ["Reason"] = "Gemeente is niet aanwezig" }, formPage: url);

        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        html.ShouldContain("Iemand anders heeft dit punt intussen gewijzigd");
        html.ShouldContain("uitgesteld</strong>: Politie levert eerst informatie aan", Case.Sensitive, "the colleague's postponement is shown");
        html.ShouldContain("Uw reden: Gemeente is niet aanwezig", Case.Sensitive, "the own reason is kept");
        (await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.PostponedReason).SingleAsync())).ShouldBe("Politie levert eerst informatie aan");
    }
}

/// <summary>Closing a case is a separate class: it ends the demo case for every other test on the same database.</summary>
public sealed class StaleCaseCloseTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task Closing_a_case_a_colleague_closed_meanwhile_is_refused_and_shows_the_closure()
    {
        var caseId = await factory.DemoCaseIdAsync();
        var url = $"/zaken/{caseId}";
        await factory.WithAsync(async db =>
        {
            foreach (var t in await db.Set<CaseTrack>().Where(t => t.CaseId == caseId).ToListAsync())
            {
                t.Stored(x => x.OutcomeCode, TrackOutcomes.ByKind[t.Kind][0].Code).Stored(x => x.Status, TrackStatus.Closed);
            }
            return await db.SaveChangesAsync();
        });
        var colleague = await WebSession.SignedInAsync(factory, "politie@demo.schakel.nl");
        var me = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        var myVersion = WebSession.HiddenValue(await me.GetHtmlAsync(url), "CaseVersion")!;

        (await colleague.PostFormAsync(url + "?handler=Close", new() { ["CaseVersion"] = WebSession.HiddenValue(await colleague.GetHtmlAsync(url), "CaseVersion")! }, formPage: url))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await me.PostFormAsync(url + "?handler=Close", new() { ["CaseVersion"] = myVersion }, formPage: url);

        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        html.ShouldContain("Deze casus is al afgesloten.");
        html.ShouldContain("data-testid=\"case-status\">Afgesloten", Case.Sensitive, "the refusal shows the case as the colleague left it");
        WebUtility.HtmlDecode(await me.GetHtmlAsync(url + "?tab=geschiedenis"))
            .ShouldContain("Casus afgesloten: elk spoor heeft een uitkomst", Case.Sensitive, "the colleague's closing is on the timeline");
        (await factory.WithAsync(db => db.Set<CaseEvent>().CountAsync(e => e.CaseId == caseId && e.Description.StartsWith("Casus afgesloten")))).ShouldBe(1);
    }
}
