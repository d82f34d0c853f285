using System.Net;
using Schakel.Core.Signals;
using Schakel.Testing;

namespace Schakel.IntegrationTests;

/// <summary>Need-to-know on the signal detail page, checked from the outside for each kind of user.</summary>
public sealed class SignalAccessTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Theory]
    [InlineData("af.zwolle@demo.schakel.nl", HttpStatusCode.OK)]
    [InlineData("ketenregisseur@demo.schakel.nl", HttpStatusCode.OK)]
    [InlineData("af.deventer@demo.schakel.nl", HttpStatusCode.Forbidden)]
    [InlineData("politie@demo.schakel.nl", HttpStatusCode.Forbidden)]
    [InlineData("zorgcoordinator@demo.schakel.nl", HttpStatusCode.Forbidden)]
    [InlineData("melder@demo.schakel.nl", HttpStatusCode.Forbidden)]
    [InlineData("bestuurder@demo.schakel.nl", HttpStatusCode.Forbidden)]
    [InlineData("fg@demo.schakel.nl", HttpStatusCode.Forbidden)]
    [InlineData("beheerder@demo.schakel.nl", HttpStatusCode.Forbidden)]
    [InlineData("oov@demo.schakel.nl", HttpStatusCode.Forbidden)]
    public async Task A_new_signal_in_Zwolle_is_seen_only_by_Zwolle_and_the_chain_director(string email, HttpStatusCode expected)
    {
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var session = await WebSession.SignedInAsync(factory, email);
        var response = await session.GetAsync($"/meldingen/{reference}");
        response.StatusCode.ShouldBe(expected);
        var body = await response.Content.ReadAsStringAsync();
        if (expected == HttpStatusCode.Forbidden)
        {
            body.ShouldContain("Geen toegang");
            // The page may offer break-glass for the reference the user typed, but shows nothing of the signal itself.
            body.ShouldNotContain("Kowalski");
            body.ShouldNotContain("Assendorperstraat");
            body.ShouldNotContain("arbeidsmigranten");
            body.ShouldNotContain("Wijk- of gebiedsteam");
        }
        else
        {
            body.ShouldContain("Andrzej Kowalski");
        }
    }

    [Theory]
    [InlineData("politie@demo.schakel.nl")]
    [InlineData("zorgcoordinator@demo.schakel.nl")]
    [InlineData("riec@demo.schakel.nl")]
    [InlineData("procesregisseur@demo.schakel.nl")]
    public async Task Table_partners_read_signals_registered_for_the_table_but_cannot_decide(string email)
    {
        var reference = await factory.SignalReferenceAsync("Kampen", SignalStatus.RegisteredForTable);
        var session = await WebSession.SignedInAsync(factory, email);
        var html = await session.AllTabsHtmlAsync(reference);
        html.ShouldNotContain("Besluit vastleggen");
        var note = await session.PostFormAsync($"/meldingen/{reference}?handler=Note", new() { ["Note"] = "mag niet" }, formPage: $"/meldingen/{reference}");
        note.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Anonymous_requests_are_sent_to_sign_in_and_unknown_references_are_404()
    {
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var anonymous = await WebSession.Anonymous(factory).GetAsync($"/meldingen/{reference}");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.ToString().ShouldContain("/inloggen");

        var session = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        (await session.GetAsync("/meldingen/MH-0000-0000")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_municipality_cannot_post_a_decision_either()
    {
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var deventer = await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl");
        var response = await deventer.PostFormAsync($"/meldingen/{reference}?handler=Decide", new() { ["Action"] = "TakeUp", ["Version"] = "0" }, formPage: "/meldingen/nieuw");
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.SignalAsync(reference)).Status.ShouldBe(SignalStatus.New);
    }

    [Fact]
    public async Task Queues_list_only_the_own_municipality()
    {
        var zwolle = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var deventer = await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl");
        (await deventer.GetHtmlAsync("/meldingen?Status=alle")).ShouldNotContain(zwolle);
        var own = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        (await own.GetHtmlAsync("/meldingen?Status=alle")).ShouldContain(zwolle);
        (await deventer.GetAsync("/meldingen/regio")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
