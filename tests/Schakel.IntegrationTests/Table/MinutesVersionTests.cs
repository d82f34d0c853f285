using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Linking;
using Schakel.Core.Table;
using Schakel.Testing;
using Schakel.Web.Features.Linking;

namespace Schakel.IntegrationTests.Table;

/// <summary>
/// Minutes read as minutes: each item with its signal references, the case director in every version that may see the
/// case, the goal once, a flagged network as one group; the partner version without police-only content, the
/// municipality version with only the own municipality.
/// </summary>
public sealed class MinutesVersionTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string Goal = "De vrouw in de salon veilig spreken en opvang aanbieden.";
    private const string CriminalOutcome = "Opsporingsonderzoek";
    private const string DecisionNote = "Politie en RIEC herkennen het pand";

    private async Task<string> MinutesAsync(string email, int meeting, string query = "") =>
        WebUtility.HtmlDecode(await (await WebSession.SignedInAsync(factory, email)).GetHtmlAsync($"/tafel/vergaderingen/{meeting}/verslag{query}"));

    private Task<string> ItemSignalAsync(int itemId) =>
        factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == itemId).Select(i => i.Signal!.Reference).SingleAsync());

    private Task<List<string>> ReferencesAsync(string municipality) =>
        factory.WithAsync(db => db.Signals.Where(s => s.Municipality!.Name == municipality).Select(s => s.Reference).ToListAsync());

    [Fact]
    public async Task Each_version_names_the_case_director_and_keeps_the_signal_reference_and_only_police_see_police_content_nowhere_else()
    {
        var meeting = await factory.MeetingIdAsync(next: false);
        var caseId = await factory.DemoCaseIdAsync();
        var (caseRef, director, signalRef) = await factory.WithAsync(async db =>
        {
            var c = await db.Set<TableCase>().SingleAsync(x => x.Id == caseId);
            return (c.Reference, c.DirectorName!, await db.Signals.Where(s => s.CaseId == caseId).Select(s => s.Reference).SingleAsync());
        });

        var full = await MinutesAsync("procesregisseur@demo.schakel.nl", meeting);
        var partner = await MinutesAsync("politie@demo.schakel.nl", meeting, "?versie=volledig");
        var municipality = await MinutesAsync("af.zwolle@demo.schakel.nl", meeting, "?versie=volledig");
        full.ShouldContain("data-version=\"Full\"");
        partner.ShouldContain("data-version=\"Partner\"", customMessage: "a member who does not keep the minutes gets the partner version, whatever is asked");
        municipality.ShouldContain("data-version=\"Municipality\"");
        foreach (var (name, html) in new[] { ("full", full), ("partner", partner), ("municipality", municipality) })
        {
            html.ShouldContain(signalRef, customMessage: name);
            html.ShouldContain(caseRef, customMessage: name);
            html.ShouldContain(director, customMessage: name);
            Count(html, Goal).ShouldBe(1, name);
            html.ShouldContain("strafrechtelijk traject open", customMessage: name);
            html.ShouldNotContain(CriminalOutcome, customMessage: name);
            html.ShouldNotContain("TMM-onderzoek", customMessage: name);
        }
        full.ShouldContain(DecisionNote);
        partner.ShouldContain(DecisionNote);
        municipality.ShouldNotContain(DecisionNote);
        full.ShouldContain("Vastgelegd");
        partner.ShouldNotContain("Niet geantwoord in de voorronde");
    }

    [Fact]
    public async Task A_signal_that_joins_a_case_keeps_its_reference_and_the_goal_is_stated_once()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        var caseId = await factory.DemoCaseIdAsync();
        var kampenItem = await factory.ItemIdAsync(meeting, "Kampen");
        var caseItem = await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.MeetingId == meeting && i.CaseId == caseId && i.SignalId == null).Select(i => i.Id).SingleAsync());
        var secretary = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var version = await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == kampenItem).Select(i => i.Version).SingleAsync());
        (await secretary.PostFormAsync($"/tafel/vergaderingen/{meeting}/punten/{kampenItem}", new()
        {
            ["Input.Version"] = version.ToString(), ["Input.ReasonableSuspicion"] = "true", ["Input.Outcome"] = "Tracks", ["Input.JoinCaseId"] = caseId.ToString(),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await secretary.PostFormAsync($"/tafel/vergaderingen/{meeting}/punten/{caseItem}", new()
        {
            ["Input.Version"] = "0", ["Input.Notes"] = "Voortgang besproken",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var kampen = await ItemSignalAsync(kampenItem);
        var zwolleInCase = await factory.WithAsync(db => db.Signals.Where(s => s.CaseId == caseId && s.Municipality!.Name == "Zwolle").Select(s => s.Reference).SingleAsync());
        var html = await MinutesAsync("ketenregisseur@demo.schakel.nl", meeting);
        html.ShouldContain("data-version=\"Full\"", customMessage: "the secretary keeps the minutes");
        Count(html, Goal).ShouldBe(1);
        html.ShouldContain("zie punt");
        var signalsOfItems = Items(html).Select(i => Between(i, "data-testid=\"minutes-signals\">", "</dd>")).ToList();
        signalsOfItems.ShouldContain(s => s.Contains(kampen) && !s.Contains(zwolleInCase), "the Kampen item keeps its own reference");
        signalsOfItems.ShouldContain(s => s.Contains(kampen) && s.Contains(zwolleInCase), "the case item lists every signal of the case");

        // The case's municipality reads the case with its director, without another municipality's signal in it.
        var director = await factory.WithAsync(db => db.Set<TableCase>().Where(c => c.Id == caseId).Select(c => c.DirectorName!).SingleAsync());
        var zwolle = Body(await MinutesAsync("af.zwolle@demo.schakel.nl", meeting));
        zwolle.ShouldContain(director);
        zwolle.ShouldContain(zwolleInCase);
        zwolle.ShouldNotContain(kampen);
    }

    [Fact]
    public async Task The_municipality_version_holds_only_the_own_municipality_and_a_member_may_ask_for_it()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        var (deventer, kampen) = ((await ReferencesAsync("Deventer")).ToHashSet(), (await ReferencesAsync("Kampen")).ToHashSet());
        var deventerId = await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Deventer").Select(o => o.Id).SingleAsync());
        var af = Body(await MinutesAsync("af.deventer@demo.schakel.nl", meeting, "?versie=volledig"));
        var chair = Body(await MinutesAsync("procesregisseur@demo.schakel.nl", meeting, $"?versie=gemeente&gemeente={deventerId}"));
        (await MinutesAsync("af.deventer@demo.schakel.nl", meeting, "?versie=volledig")).ShouldContain("data-version=\"Municipality\"");
        (await MinutesAsync("procesregisseur@demo.schakel.nl", meeting, $"?versie=gemeente&gemeente={deventerId}")).ShouldContain("data-version=\"Municipality\"");
        foreach (var html in new[] { af, chair })
        {
            deventer.ShouldContain(r => html.Contains(r));
            kampen.ShouldNotContain(r => html.Contains(r));
            html.ShouldNotContain("Kampen");
            html.ShouldNotContain("Zwolle");
            html.ShouldNotContain("Lotte");
        }
    }

    [Fact]
    public async Task The_items_of_a_flagged_network_are_grouped_under_it()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        await factory.WithAsync(async db =>
        {
            var lotte = await db.Subjects.Where(s => s.FullName == "Lotte").Select(s => s.Id).FirstAsync();
            var kampenItem = await db.Set<AgendaItem>().Where(i => i.MeetingId == meeting && i.Signal!.Municipality!.Name == "Kampen").Select(i => i.SignalId).FirstAsync();
            var boy = await db.Subjects.Where(s => s.SignalId == kampenItem).Select(s => s.Id).FirstAsync();
            var link = new SubjectLink { SubjectAId = Math.Min(lotte, boy), SubjectBId = Math.Max(lotte, boy), Kind = LinkKind.Related, FoundAt = factory.Now };
            link.Decide(LinkStatus.Related, new Schakel.Core.Common.Actor(null, "Test"), "Zelfde account", factory.Now);
            db.Add(link);
            return await db.SaveChangesAsync();
        });
        var (deventer, kampen) = ((await ReferencesAsync("Deventer")).ToHashSet(), await ItemSignalAsync(await factory.ItemIdAsync(meeting, "Kampen")));
        var html = await MinutesAsync("riec@demo.schakel.nl", meeting);
        var cluster = PreRoundAndAttendanceTests.Part(html, "minutes-cluster");
        // The network's own section ends after its items; take everything up to the next top-level heading.
        var group = html[html.IndexOf("data-testid=\"minutes-cluster\"", StringComparison.Ordinal)..];
        var end = group.IndexOf("<h2", StringComparison.Ordinal);
        group = end > 0 ? group[..end] : group;
        cluster.ShouldContain("Netwerk");
        Items(group).Count(i => i.Contains(kampen)).ShouldBe(1);
        Items(group).Count(i => deventer.Any(i.Contains)).ShouldBeGreaterThanOrEqualTo(1);
        // The municipality's version does not show a network that crosses municipalities.
        (await MinutesAsync("af.deventer@demo.schakel.nl", meeting)).ShouldNotContain("minutes-cluster");
    }

    /// <summary>The minutes from the attendance on: without the links to other versions, which name municipalities.</summary>
    private static string Body(string html) => html[html.IndexOf("data-testid=\"minutes-attendance\"", StringComparison.Ordinal)..];

    private static int Count(string html, string text)
    {
        var n = 0;
        for (var i = html.IndexOf(text, StringComparison.Ordinal); i >= 0; i = html.IndexOf(text, i + text.Length, StringComparison.Ordinal))
        {
            n++;
        }
        return n;
    }

    private static List<string> Items(string html) =>
        html.Split("data-testid=\"minutes-item\"").Skip(1).ToList();

    private static string Between(string html, string from, string to)
    {
        var start = html.IndexOf(from, StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }
        start += from.Length;
        var end = to.Length == 0 ? -1 : html.IndexOf(to, start, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }
}
