using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Testing;
using Schakel.Web.Features.Demo;
using static Schakel.IntegrationTests.Undermining.UnderminingData;

namespace Schakel.IntegrationTests.Undermining;

/// <summary>
/// Need-to-know on the undermining route, from the outside: the OOV adviser sees exactly the signals put to the own
/// municipality, the RIEC exactly those escalated to it, neither sees police-only content, and nobody else gets in.
/// </summary>
public sealed class UnderminingAccessTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task The_oov_adviser_sees_the_referred_signal_and_no_other_of_the_municipality_or_elsewhere()
    {
        var referred = await factory.NewSignalAsync("Zwolle");
        var unreferred = await factory.NewSignalAsync("Zwolle");
        var deventer = await factory.NewSignalAsync("Deventer");
        var oov = await WebSession.SignedInAsync(factory, Oov);
        (await oov.GetAsync($"/meldingen/{referred}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var id = await factory.ReferAsync(await WebSession.SignedInAsync(factory, AfZwolle), referred);

        var page = await oov.AllTabsHtmlAsync(referred);
        page.ShouldContain("Thi Lan Nguyen");
        page.ShouldContain($"/ondermijning/{id}");
        // Reading is all: the care route's decisions stay with the AF.
        page.ShouldNotContain("Besluit vastleggen");
        page.ShouldNotContain("Voorleggen aan OOV-adviseur</button>");
        (await oov.GetAsync($"/meldingen/{unreferred}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await oov.GetAsync($"/meldingen/{deventer}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var queue = await oov.GetHtmlAsync("/ondermijning");
        queue.ShouldContain(referred);
        queue.ShouldNotContain(unreferred);
        (await oov.GetAsync("/meldingen")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await oov.PostFormAsync($"/meldingen/{referred}?handler=Note", new() { ["Note"] = "mag niet" }, formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await oov.PostFormAsync($"/meldingen/{unreferred}/ondermijning", new() { ["Question"] = "zelf voorleggen" }, formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.StepAsync(oov, id, "TakeUp")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_riec_sees_a_referral_only_once_it_is_escalated_to_it()
    {
        var reference = await factory.NewSignalAsync("Zwolle");
        var id = await factory.ReferAsync(await WebSession.SignedInAsync(factory, AfZwolle), reference);
        var riec = await WebSession.SignedInAsync(factory, Riec);
        (await riec.GetAsync($"/meldingen/{reference}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await riec.GetAsync($"/ondermijning/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await riec.GetHtmlAsync("/ondermijning/riec")).ShouldNotContain(reference);
        (await factory.StepAsync(riec, id, "TakeUp")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var oov = await WebSession.SignedInAsync(factory, Oov);
        (await factory.StepAsync(oov, id, "Escalate", new() { ["EscalationReason"] = "netwerk van panden" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await riec.GetHtmlAsync($"/meldingen/{reference}")).ShouldContain("Thi Lan Nguyen");
        (await riec.GetHtmlAsync($"/ondermijning/{id}")).ShouldContain("netwerk van panden");
        (await riec.GetHtmlAsync("/ondermijning/riec")).ShouldContain(reference);
        // The adviser's steps are the adviser's, even once the RIEC reads along.
        (await factory.StepAsync(riec, id, "Close", new() { ["CloseReason"] = "zelf sluiten" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(AfDeventer)]
    [InlineData("politie@demo.schakel.nl")]
    [InlineData("zorgcoordinator@demo.schakel.nl")]
    [InlineData("melder@demo.schakel.nl")]
    public async Task Others_get_neither_the_referral_nor_the_signal_nor_a_step(string email)
    {
        var reference = await factory.NewSignalAsync("Zwolle");
        var id = await factory.ReferAsync(await WebSession.SignedInAsync(factory, AfZwolle), reference);
        var other = await WebSession.SignedInAsync(factory, email);
        (await other.GetAsync($"/meldingen/{reference}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.GetAsync($"/meldingen/{reference}/ondermijning")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.GetAsync($"/ondermijning/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.StepAsync(other, id, "Escalate", new() { ["EscalationReason"] = "mag niet" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync("/ondermijning")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_af_who_put_the_signal_follows_it_on_the_signal_page_but_does_not_take_the_advisers_steps()
    {
        var reference = await factory.NewSignalAsync("Zwolle");
        var af = await WebSession.SignedInAsync(factory, AfZwolle);
        var id = await factory.ReferAsync(af, reference);
        (await af.GetHtmlAsync(SignalTabs.Actions(reference))).ShouldContain("Voorgelegd aan OOV-adviseur");
        (await af.GetAsync($"/ondermijning/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.StepAsync(af, id, "Close", new() { ["CloseReason"] = "zelf sluiten" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Police_only_content_of_the_case_stays_with_the_police_for_the_adviser_of_the_demo_referral()
    {
        // The demo puts the Zwolle massage salon signal, now a case with a criminal track, to Zwolle's OOV adviser.
        var reference = await factory.WithAsync(db => db.Signals.Where(s => s.SectorCode == "MASSAGE" && s.Municipality!.Name == "Zwolle").Select(s => s.Reference).SingleAsync());
        var caseId = await factory.WithAsync(db => db.Signals.Where(s => s.Reference == reference).Select(s => s.CaseId).SingleAsync());
        var policeText = await factory.WithAsync(db => db.Set<CriminalTrackDetail>().Select(d => d.Text).FirstAsync());
        var oov = await WebSession.SignedInAsync(factory, Oov);
        var page = await oov.AllTabsHtmlAsync(reference);
        page.ShouldNotContain(policeText);
        page.ShouldNotContain("TMM-onderzoek");
        var id = (await factory.ReferralAsync(reference))!.Id;
        (await oov.GetHtmlAsync($"/ondermijning/{id}")).ShouldNotContain("TMM-onderzoek");
        (await oov.GetAsync($"/zaken/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        DemoRegion.Accounts.ShouldContain(a => a.Email == Oov);
    }
}
