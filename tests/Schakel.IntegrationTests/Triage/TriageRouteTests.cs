using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisations;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Testing;
using static Schakel.IntegrationTests.Triage.TriageData;

namespace Schakel.IntegrationTests.Triage;

/// <summary>
/// A region that routes via the chain director (the Fryslân route), over HTTP as each role: the attention officer
/// registers, the chain director of the region triages, the chain director of another region and the table partners
/// cannot, and the table can hand a signal back to the municipality.
/// </summary>
public sealed class TriageRouteTests(SchakelFactory factory) : IClassFixture<SchakelFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await factory.RouteDemoRegionAsync(TableRoute.ViaChainDirector);
        await SecondRegion.EnsureAsync(factory);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Detail(string reference) => $"/meldingen/{reference}";
    private static string Step(string reference, string handler) => $"/meldingen/{reference}/triage?handler={handler}";

    private async Task<HttpResponseMessage> RegisterAsync(WebSession af, string reference, string reason)
    {
        var version = (await factory.SignalAsync(reference)).Version;
        return await af.PostFormAsync($"{Detail(reference)}?handler=Decide", new() { ["Action"] = "RegisterForTable", ["Reason"] = reason, ["Version"] = version.ToString() }, formPage: Detail(reference));
    }

    private async Task<HttpResponseMessage> TriageAsync(WebSession session, string reference, string handler, Dictionary<string, string> fields)
    {
        fields["Triage.Version"] = (await factory.SignalAsync(reference)).Version.ToString();
        return await session.PostFormAsync(Step(reference, handler), fields, formPage: "/");
    }

    [Fact]
    public async Task A_registered_signal_waits_for_the_chain_director_of_the_region_and_no_one_else()
    {
        var reference = await factory.ZwolleSignalInProgressAsync();
        var af = await WebSession.SignedInAsync(factory, AfZwolle);
        (await RegisterAsync(af, reference, "Vermoeden versterkt na huisbezoek")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.SignalAsync(reference)).Status.ShouldBe(SignalStatus.AwaitingTriage);

        // The chain director of the region hears of it and finds it in the triage queue; the table does not yet.
        (await factory.NotificationTitlesAsync(ChainDirector, reference)).ShouldContain($"Melding {reference} wacht op uw triage");
        (await factory.NotificationTitlesAsync(ProcessDirector, reference)).ShouldBeEmpty();
        var director = await WebSession.SignedInAsync(factory, ChainDirector);
        var queue = WebUtility.HtmlDecode(await director.GetHtmlAsync("/meldingen/triage"));
        queue.ShouldContain(reference);
        queue.ShouldContain("Zwolle");
        var detail = WebUtility.HtmlDecode(await director.GetHtmlAsync(Detail(reference)));
        detail.ShouldContain("Bij de ketenregisseur");
        detail.ShouldContain("Op de regionale tafel zetten");

        // The attention officer sees where it is, without the chain director's forms, and has no triage page.
        var afDetail = WebUtility.HtmlDecode(await af.GetHtmlAsync(Detail(reference)));
        afDetail.ShouldContain("Deze melding ligt bij de ketenregisseur");
        afDetail.ShouldNotContain("Op de regionale tafel zetten");
        (await af.GetAsync("/meldingen/triage")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await af.GetAsync($"/meldingen/{reference}/triage")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // A table partner does not see a signal that has not reached the table.
        var partner = await WebSession.SignedInAsync(factory, ProcessDirector);
        (await partner.GetAsync(Detail(reference))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await partner.GetAsync("/meldingen/triage")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The chain director of another region neither sees it in the queue nor can take a step on it.
        var twente = await WebSession.SignedInAsync(factory, SecondRegion.ChainDirector);
        (await twente.GetHtmlAsync("/meldingen/triage")).ShouldNotContain($"href=\"/meldingen/{reference}\"");
        (await twente.GetAsync($"/meldingen/{reference}/triage")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var refused = await TriageAsync(twente, reference, "PutOnTable", new());
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.SignalAsync(reference)).Status.ShouldBe(SignalStatus.AwaitingTriage);
    }

    [Fact]
    public async Task The_chain_director_sends_it_back_with_a_question_and_puts_it_on_the_table_once_the_municipality_answers()
    {
        var reference = await factory.ZwolleSignalInProgressAsync();
        var af = await WebSession.SignedInAsync(factory, AfZwolle);
        await RegisterAsync(af, reference, "Vermoeden versterkt");
        var director = await WebSession.SignedInAsync(factory, ChainDirector);

        var empty = await TriageAsync(director, reference, "SendBack", new() { ["Triage.Question"] = " ", ["Triage.Reason"] = "mijn concept" });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        html.ShouldContain("Schrijf de vraag aan de gemeente.");
        html.ShouldContain("mijn concept");

        const string question = "Is de werkgever bekend bij het wijkteam?";
        (await TriageAsync(director, reference, "SendBack", new() { ["Triage.Question"] = question })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var sentBack = await factory.SignalWithEventsAsync(reference);
        sentBack.Status.ShouldBe(SignalStatus.InProgress);
        sentBack.Events.ShouldContain(e => e.Description == Signal.SentBackLine && e.Reason == question && e.FromStatus == SignalStatus.AwaitingTriage);
        (await factory.NotificationTitlesAsync(AfZwolle, reference)).ShouldContain($"Melding {reference} is teruggestuurd door de ketenregisseur, met een vraag");
        var afDetail = WebUtility.HtmlDecode(await af.GetHtmlAsync(Detail(reference)));
        afDetail.ShouldContain("Vraag van de ketenregisseur");
        afDetail.ShouldContain(question);
        WebUtility.HtmlDecode(await af.GetHtmlAsync("/meldingen")).ShouldContain(reference);
        (await director.GetHtmlAsync("/meldingen/triage")).ShouldNotContain($"href=\"/meldingen/{reference}\"");

        // A step on a signal that no longer waits is refused, and changes nothing.
        (await TriageAsync(director, reference, "PutOnTable", new())).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await RegisterAsync(af, reference, "Werkgever is bekend; vermoeden blijft");
        (await factory.SignalAsync(reference)).Status.ShouldBe(SignalStatus.AwaitingTriage);
        (await TriageAsync(director, reference, "PutOnTable", new() { ["Triage.TableNote"] = "Voor het Drieluik" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var onTable = await factory.SignalAsync(reference);
        onTable.Status.ShouldBe(SignalStatus.RegisteredForTable);
        onTable.RegisteredForTableAt.ShouldNotBeNull();
        (await factory.NotificationTitlesAsync(ProcessDirector, reference)).ShouldContain($"Melding {reference} is aangemeld voor de regionale tafel");
        (await (await WebSession.SignedInAsync(factory, ProcessDirector)).GetAsync(Detail(reference))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_chain_director_closes_a_signal_in_triage_with_a_reason_and_it_stays_closed()
    {
        var reference = await factory.ZwolleSignalInProgressAsync();
        await RegisterAsync(await WebSession.SignedInAsync(factory, AfZwolle), reference, "Zorgen over huisvesting");
        var director = await WebSession.SignedInAsync(factory, ChainDirector);

        (await TriageAsync(director, reference, "Close", new() { ["Triage.Reason"] = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TriageAsync(director, reference, "Close", new() { ["Triage.Reason"] = "Dubbel met een melding die al aan tafel is" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var closed = await factory.SignalAsync(reference);
        (closed.Status, closed.IsClosed, closed.DecisionReason).ShouldBe((SignalStatus.ClosedInTriage, true, "Dubbel met een melding die al aan tafel is"));
        WebUtility.HtmlDecode(await director.GetHtmlAsync(Detail(reference))).ShouldContain("Afgesloten door de ketenregisseur");
        (await TriageAsync(director, reference, "SendBack", new() { ["Triage.Question"] = "toch nog een vraag" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.SignalAsync(reference)).Status.ShouldBe(SignalStatus.ClosedInTriage);
    }

    [Fact]
    public async Task An_acute_signal_waiting_for_triage_still_reaches_the_next_agenda()
    {
        var reference = await factory.ZwolleSignalInProgressAsync(acute: true);
        await RegisterAsync(await WebSession.SignedInAsync(factory, AfZwolle), reference, "Acuut en structureel");
        (await factory.SignalAsync(reference)).Status.ShouldBe(SignalStatus.AwaitingTriage);
        var meeting = await factory.DemoNextMeetingAsync();
        var secretary = await WebSession.SignedInAsync(factory, ChainDirector);
        (await secretary.PostFormAsync($"/tafel/vergaderingen/{meeting}?handler=Generate", new())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithAsync(db => db.Set<AgendaItem>().AnyAsync(i => i.MeetingId == meeting && i.Signal!.Reference == reference))).ShouldBeTrue();
    }

    [Fact]
    public async Task The_table_hands_a_signal_back_for_local_follow_up_with_its_instruction_and_the_municipality_hears_it()
    {
        var reference = await factory.ZwolleSignalInProgressAsync();
        var af = await WebSession.SignedInAsync(factory, AfZwolle);
        await RegisterAsync(af, reference, "Vermoeden versterkt");
        var director = await WebSession.SignedInAsync(factory, ChainDirector);
        await TriageAsync(director, reference, "PutOnTable", new());

        var meeting = await factory.DemoNextMeetingAsync();
        (await director.PostFormAsync($"/tafel/vergaderingen/{meeting}?handler=Generate", new())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var item = await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.MeetingId == meeting && i.Signal!.Reference == reference).Select(i => i.Id).SingleAsync());
        var decide = $"/tafel/vergaderingen/{meeting}/punten/{item}";
        Task<int> Version() => factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.Version).SingleAsync());

        var noInstruction = await director.PostFormAsync(decide, new()
        {
            ["Input.Version"] = (await Version()).ToString(), ["Input.ReasonableSuspicion"] = "false", ["Input.Outcome"] = "LocalFollowUp",
        });
        noInstruction.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await noInstruction.Content.ReadAsStringAsync()).ShouldContain("Geef de gemeente mee wat zij lokaal moet oppakken");

        const string instruction = "Wijkteam gaat op huisbezoek en meldt opnieuw als de zorgen blijven.";
        (await director.PostFormAsync(decide, new()
        {
            ["Input.Version"] = (await Version()).ToString(), ["Input.ReasonableSuspicion"] = "false", ["Input.Outcome"] = "LocalFollowUp", ["Input.Notes"] = instruction,
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var back = await factory.SignalWithEventsAsync(reference);
        (back.Status, back.IsClosed).ShouldBe((SignalStatus.InProgress, false));
        back.Events.ShouldContain(e => e.FromStatus == SignalStatus.RegisteredForTable && e.ToStatus == SignalStatus.InProgress && e.Reason == instruction);
        var titles = await factory.NotificationTitlesAsync(AfZwolle, reference);
        titles.ShouldContain($"Melding {reference} is door de regionale tafel teruggelegd voor lokale opvolging");
        titles.ShouldNotContain($"Melding {reference} is door de regionale tafel opgepakt");
        var afDetail = WebUtility.HtmlDecode(await af.GetHtmlAsync(Detail(reference)));
        afDetail.ShouldContain("Opdracht van de regionale tafel: lokale opvolging");
        afDetail.ShouldContain(instruction);
        WebUtility.HtmlDecode(await af.GetHtmlAsync("/meldingen?Status=open")).ShouldContain(reference);

        // Registered again, it comes back to the table as a new signal, not as a decided one.
        await RegisterAsync(af, reference, "Huisbezoek bevestigt de zorgen");
        await TriageAsync(director, reference, "PutOnTable", new());
        var later = await factory.WithAsync(async db =>
        {
            var table = await db.Set<TableMeeting>().Where(m => m.Id == meeting).Select(m => m.TableId).SingleAsync();
            var m = new TableMeeting { TableId = table, StartsAt = factory.Now.AddDays(30) };
            db.Add(m);
            await db.SaveChangesAsync();
            return m.Id;
        });
        (await director.PostFormAsync($"/tafel/vergaderingen/{later}?handler=Generate", new())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.MeetingId == later && i.Signal!.Reference == reference).Select(i => i.Section).SingleAsync()))
            .ShouldBe(AgendaSection.NewSignal);
    }

    [Fact]
    public async Task The_route_is_set_by_the_chain_director_of_the_region_or_the_administrator()
    {
        var region = await factory.WithAsync(db => db.Regions.Where(r => r.Name == "IJsselland").Select(r => r.Id).SingleAsync());
        var af = await WebSession.SignedInAsync(factory, AfZwolle);
        (await af.GetAsync("/meldingen/triage/route")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var twente = await WebSession.SignedInAsync(factory, SecondRegion.ChainDirector);
        var twentePage = WebUtility.HtmlDecode(await twente.GetHtmlAsync("/meldingen/triage/route"));
        twentePage.ShouldContain("Twente");
        twentePage.ShouldNotContain($"<option value=\"{region}\"");
        (await twente.PostFormAsync("/meldingen/triage/route", new() { ["RegionId"] = region.ToString(), ["Route"] = "Direct" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.WithAsync(db => db.Regions.Where(r => r.Id == region).Select(r => r.TableRoute).SingleAsync())).ShouldBe(TableRoute.ViaChainDirector);

        var admin = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        (await admin.PostFormAsync("/meldingen/triage/route", new() { ["RegionId"] = region.ToString() })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostFormAsync("/meldingen/triage/route", new() { ["RegionId"] = region.ToString(), ["Route"] = "Direct" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithAsync(db => db.Regions.Where(r => r.Id == region).Select(r => r.TableRoute).SingleAsync())).ShouldBe(TableRoute.Direct);
        var director = await WebSession.SignedInAsync(factory, ChainDirector);
        (await director.PostFormAsync("/meldingen/triage/route", new() { ["RegionId"] = region.ToString(), ["Route"] = "ViaChainDirector" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithAsync(db => db.Regions.Where(r => r.Id == region).Select(r => r.TableRoute).SingleAsync())).ShouldBe(TableRoute.ViaChainDirector);
    }
}
