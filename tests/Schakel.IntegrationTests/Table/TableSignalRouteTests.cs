using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Table;

/// <summary>
/// The table's decision is a step of the meldroute: closing outcomes close the signal, keep-monitoring and upgrading
/// keep it with the table, and the table may revise its own closing. A decision the state machine refuses is refused.
/// </summary>
public sealed class TableSignalRouteTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private static string DecideUrl(int meeting, int item) => $"/tafel/vergaderingen/{meeting}/punten/{item}";

    private Task<int> VersionAsync(int item) => factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.Version).SingleAsync());

    private Task<Signal> SignalOfItemAsync(int item) => factory.WithAsync(async db =>
    {
        var signalId = await db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.SignalId!.Value).SingleAsync();
        return await db.Signals.Include(s => s.Events).AsNoTracking().SingleAsync(s => s.Id == signalId);
    });

    [Theory]
    [InlineData("NoFurtherAction", "Geen verdere actie")]
    [InlineData("UndesirableSituation", "Onwenselijke situatie: zorgpartners adviseren")]
    public async Task A_closing_decision_closes_the_signal_with_the_tables_outcome_and_a_revision_reopens_it(string outcome, string label)
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        var item = await factory.ItemIdAsync(meeting, "Kampen");
        var secretary = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");

        var close = await secretary.PostFormAsync(DecideUrl(meeting, item), new()
        {
            ["Input.Version"] = (await VersionAsync(item)).ToString(), ["Input.ReasonableSuspicion"] = "false", ["Input.Outcome"] = outcome,
        });
        close.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var closed = await SignalOfItemAsync(item);
        closed.Status.ShouldBe(SignalStatus.ClosedByTable);
        closed.Outcome.ShouldBe(label);
        closed.ClosedAt.ShouldNotBeNull();
        closed.Events.ShouldContain(e => e.FromStatus == SignalStatus.RegisteredForTable && e.ToStatus == SignalStatus.ClosedByTable);

        // The signal page offers no step on a signal the table closed, and posting one is refused.
        var kampenReference = closed.Reference;
        var chain = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var detail = $"/meldingen/{kampenReference}";
        var html = WebUtility.HtmlDecode(await chain.GetHtmlAsync(detail));
        html.ShouldContain("Afgesloten door de regionale tafel");
        var refused = await chain.PostFormAsync($"{detail}?handler=Decide", new() { ["Action"] = "TableKeepMonitoring", ["Version"] = closed.Version.ToString() }, formPage: detail);
        refused.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        (await SignalOfItemAsync(item)).Status.ShouldBe(SignalStatus.ClosedByTable);

        var revise = await secretary.PostFormAsync(DecideUrl(meeting, item), new()
        {
            ["Input.Version"] = (await VersionAsync(item)).ToString(), ["Input.ReasonableSuspicion"] = "false", ["Input.Outcome"] = "KeepMonitoring",
        });
        revise.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reopened = await SignalOfItemAsync(item);
        reopened.Status.ShouldBe(SignalStatus.RegisteredForTable);
        reopened.ClosedAt.ShouldBeNull();
        reopened.Outcome.ShouldBeNull();
        reopened.Events.ShouldContain(e => e.FromStatus == SignalStatus.ClosedByTable && e.ToStatus == SignalStatus.RegisteredForTable);
    }

    [Fact]
    public async Task Upgrading_an_acute_signal_from_the_municipal_queue_registers_it_for_the_table()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        var item = await factory.ItemIdAsync(meeting, "Deventer");
        (await SignalOfItemAsync(item)).Status.ShouldBe(SignalStatus.InProgress);
        var secretary = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var chair = await factory.UserIdAsync("procesregisseur@demo.schakel.nl");
        var response = await secretary.PostFormAsync(DecideUrl(meeting, item), new()
        {
            ["Input.Version"] = (await VersionAsync(item)).ToString(), ["Input.ReasonableSuspicion"] = "true", ["Input.Outcome"] = "Tracks",
            ["Input.DirectorUserId"] = chair, ["Input.FirstGoal"] = "Veiligheid van het meisje",
        }, extra: [new("Input.Tracks", "Care")]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var signal = await SignalOfItemAsync(item);
        signal.Status.ShouldBe(SignalStatus.RegisteredForTable);
        signal.CaseId.ShouldNotBeNull();
        signal.Events.ShouldContain(e => e.FromStatus == SignalStatus.InProgress && e.ToStatus == SignalStatus.RegisteredForTable);
    }

    [Fact]
    public async Task A_decision_on_a_signal_the_municipality_closed_meanwhile_is_refused_with_a_message()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        // A flagged-cluster signal on the agenda that its municipality handled locally before the meeting.
        var item = await factory.WithAsync(async db =>
        {
            var signal = await db.Signals.Where(s => s.Kind == SignalKind.Report && s.Status == SignalStatus.New && s.CaseId == null).OrderBy(s => s.Id).FirstAsync();
            var agendaItem = new AgendaItem { MeetingId = meeting, SignalId = signal.Id, Section = AgendaSection.NewSignal, Position = 99 };
            db.Add(agendaItem);
            signal.Stored(s => s.Status, SignalStatus.HandledLocally).Stored(s => s.ClosedAt, factory.Now);
            await db.SaveChangesAsync();
            return agendaItem.Id;
        });
        var secretary = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var response = await secretary.PostFormAsync(DecideUrl(meeting, item), new()
        {
            ["Input.Version"] = (await VersionAsync(item)).ToString(), ["Input.ReasonableSuspicion"] = "false", ["Input.Outcome"] = "NoFurtherAction", ["Input.Notes"] = "Mijn notitie",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("De melding heeft de status 'lokaal afgehandeld'");
        html.ShouldContain("Mijn notitie");
        (await SignalOfItemAsync(item)).Status.ShouldBe(SignalStatus.HandledLocally);
    }
}
