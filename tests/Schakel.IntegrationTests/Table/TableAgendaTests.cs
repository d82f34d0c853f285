using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Table;

/// <summary>Agenda editing by the chair and a signal joining a running case.</summary>
public sealed class TableAgendaTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task Postponing_needs_a_reason_and_only_the_chair_or_secretary_may_edit_the_agenda()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        var item = await factory.ItemIdAsync(meeting, "Deventer");
        var agenda = $"/tafel/vergaderingen/{meeting}/agenda";

        var member = await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl");
        (await member.PostFormAsync(agenda + "?handler=Postpone", new() { ["ItemId"] = item.ToString(), ["Reason"] = "geen tijd" }, formPage: agenda))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var chair = await WebSession.SignedInAsync(factory, "procesregisseur@demo.schakel.nl");
        var empty = await chair.PostFormAsync(agenda + "?handler=Postpone", new() { ["ItemId"] = item.ToString(), ["Reason"] = " " }, formPage: agenda);
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.Content.ReadAsStringAsync()).ShouldContain("Geef de reden om dit punt uit te stellen.");

        (await chair.PostFormAsync(agenda + "?handler=Postpone", new() { ["ItemId"] = item.ToString(), ["Reason"] = "Politie heeft eerst meer informatie nodig" }, formPage: agenda))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await chair.GetHtmlAsync(agenda)).ShouldContain("Politie heeft eerst meer informatie nodig");

        // Acute items stay above the others: moving the non-acute Kampen signal up does not lift it above the acute
        // Deventer item (before spoed-MDO ordering, the chair could put it first).
        var kampen = await factory.ItemIdAsync(meeting, "Kampen");
        (await chair.PostFormAsync(agenda + "?handler=Move", new() { ["ItemId"] = kampen.ToString(), ["Direction"] = "up" }, formPage: agenda))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var positions = await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == kampen || i.Id == item).ToDictionaryAsync(i => i.Id, i => i.Position));
        positions[kampen].ShouldBeGreaterThan(positions[item]);
    }

    [Fact]
    public async Task A_signal_about_a_running_case_joins_it_and_keeps_its_subjects()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        var item = await factory.ItemIdAsync(meeting, "Kampen");
        var caseId = await factory.DemoCaseIdAsync();
        var secretary = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var version = await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.Version).SingleAsync());
        var response = await secretary.PostFormAsync($"/tafel/vergaderingen/{meeting}/punten/{item}", new()
        {
            ["Input.Version"] = version.ToString(), ["Input.ReasonableSuspicion"] = "true", ["Input.Outcome"] = "Tracks", ["Input.JoinCaseId"] = caseId.ToString(),
        }, extra: [new("Input.Tracks", "Undermining")]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (signals, tracks) = await factory.WithAsync(async db => (
            await db.Signals.CountAsync(s => s.CaseId == caseId),
            await db.Set<CaseTrack>().Where(t => t.CaseId == caseId).Select(t => t.Kind).ToListAsync()));
        signals.ShouldBe(2);
        tracks.ShouldContain(TrackKind.Undermining);
        var page = await secretary.GetHtmlAsync($"/zaken/{caseId}?tab=geschiedenis");
        page.ShouldContain("bij de casus gevoegd");
    }

    [Fact]
    public async Task The_chair_moves_a_meeting_and_a_stale_move_is_refused_with_the_input_kept()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        var url = $"/tafel/vergaderingen/{meeting}";
        var chair = await WebSession.SignedInAsync(factory, "procesregisseur@demo.schakel.nl");
        var version = WebSession.HiddenValue(await chair.GetHtmlAsync(url), "Version")!;
        (await chair.PostFormAsync(url + "?handler=Move", new() { ["StartsAt"] = "2031-03-04T13:30", ["Version"] = version }, formPage: url))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await chair.GetHtmlAsync(url)).ShouldContain("4-3-2031 13:30");

        var stale = await chair.PostFormAsync(url + "?handler=Move", new() { ["StartsAt"] = "2031-03-11T09:00", ["Version"] = version }, formPage: url);
        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await stale.Content.ReadAsStringAsync();
        html.ShouldContain("Iemand anders heeft deze vergadering intussen gewijzigd");
        html.ShouldContain("2031-03-11T09:00");

        var member = await WebSession.SignedInAsync(factory, "politie@demo.schakel.nl");
        (await member.PostFormAsync(url + "?handler=Move", new() { ["StartsAt"] = "2031-03-11T09:00", ["Version"] = version }, formPage: url))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
