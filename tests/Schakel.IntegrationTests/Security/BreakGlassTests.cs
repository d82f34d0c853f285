using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.IntegrationTests.Table;
using Schakel.Testing;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.IntegrationTests.Security;

/// <summary>
/// Break-glass opens one signal of the own region for one hour, tells the privacy officer and the chain director at
/// once, and stays in the privacy officer's queue until judged; a rejection ends the access.
/// </summary>
public sealed class BreakGlassTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string Purpose = "Acuut gevaar gemeld door de wijkagent, nu nodig.";

    private static Task<HttpResponseMessage> RequestAsync(WebSession session, string reference) =>
        session.PostFormAsync($"/meldingen/{reference}/noodtoegang", new() { ["Purpose"] = Purpose });

    private Task<List<BreakGlassUse>> UsesAsync(string reference) =>
        factory.WithAsync(db => db.Set<BreakGlassUse>().Where(u => db.Signals.Any(s => s.Id == u.SignalId && s.Reference == reference)).AsNoTracking().ToListAsync());

    [Fact]
    public async Task A_grant_opens_one_signal_for_one_hour_and_tells_the_privacy_officer_and_chain_director()
    {
        var zwolle = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var other = await factory.SignalReferenceAsync("Zwolle", SignalStatus.RegisteredForTable);
        var deventer = await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl");
        var refusal = await deventer.GetAsync($"/meldingen/{zwolle}");
        refusal.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refusal.Content.ReadAsStringAsync()).ShouldContain($"/meldingen/{zwolle}/noodtoegang");

        (await RequestAsync(deventer, zwolle)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await deventer.GetAsync($"/meldingen/{zwolle}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // One signal: the grant does not open the municipality's other signals.
        (await deventer.GetAsync($"/meldingen/{other}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var use = (await UsesAsync(zwolle)).ShouldHaveSingleItem();
        (use.ExpiresAt - use.RequestedAt).ShouldBe(TimeSpan.FromHours(1));
        var fg = await factory.UserIdAsync("fg@demo.schakel.nl");
        var keten = await factory.UserIdAsync("ketenregisseur@demo.schakel.nl");
        var told = await factory.WithAsync(db => db.Notifications.Where(n => n.Url == "/privacy/noodtoegang").Select(n => n.UserId).ToListAsync());
        told.ShouldContain(fg);
        told.ShouldContain(keten);

        // An hour later the grant has run out.
        await factory.WithAsync(db => db.Set<BreakGlassUse>().Where(u => u.Id == use.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.ExpiresAt, factory.Now.AddMinutes(-1))));
        (await deventer.GetAsync($"/meldingen/{zwolle}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Break_glass_into_another_region_is_refused()
    {
        await SecondRegion.EnsureAsync(factory);
        var zwolle = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var enschede = await WebSession.SignedInAsync(factory, SecondRegion.AfEnschede);

        var refusal = await enschede.GetAsync($"/meldingen/{zwolle}");
        refusal.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refusal.Content.ReadAsStringAsync()).ShouldNotContain("noodtoegang");
        (await enschede.GetAsync($"/meldingen/{zwolle}/noodtoegang")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var post = await enschede.PostFormAsync($"/meldingen/{zwolle}/noodtoegang", new() { ["Purpose"] = Purpose }, formPage: "/");
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await enschede.GetAsync($"/meldingen/{zwolle}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await UsesAsync(zwolle)).ShouldNotContain(u => u.UserName == "AF Enschede");
    }

    [Fact]
    public async Task The_privacy_officer_judges_each_use_and_a_rejection_ends_the_access()
    {
        var reference = await factory.SignalReferenceAsync("Kampen", SignalStatus.RegisteredForTable);
        var zwolle = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        (await RequestAsync(zwolle, reference)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await zwolle.GetAsync($"/meldingen/{reference}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var use = (await UsesAsync(reference)).ShouldHaveSingleItem();

        // The privacy officer of another region neither sees nor judges it.
        await SecondRegion.EnsureAsync(factory);
        var fgTwente = await WebSession.SignedInAsync(factory, SecondRegion.PrivacyOfficer);
        (await fgTwente.GetHtmlAsync("/privacy/noodtoegang")).ShouldNotContain(reference);
        var foreign = await fgTwente.PostFormAsync("/privacy/noodtoegang?handler=Approve",
            new() { ["UseId"] = use.Id.ToString(), ["Version"] = use.Version.ToString(), ["Note"] = "" }, formPage: "/privacy/noodtoegang");
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var queue = await fg.GetHtmlAsync("/privacy/noodtoegang");
        queue.ShouldContain(reference);
        queue.ShouldContain(Purpose);

        var fields = new Dictionary<string, string> { ["UseId"] = use.Id.ToString(), ["Version"] = use.Version.ToString(), ["Note"] = "" };
        var noNote = await fg.PostFormAsync("/privacy/noodtoegang?handler=Reject", fields, formPage: "/privacy/noodtoegang");
        noNote.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await noNote.Content.ReadAsStringAsync()).ShouldContain("Geef bij afkeuren een toelichting.");

        fields["Note"] = "Geen acuut gevaar; de reden volstaat niet.";
        (await fg.PostFormAsync("/privacy/noodtoegang?handler=Reject", fields, formPage: "/privacy/noodtoegang")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await zwolle.GetAsync($"/meldingen/{reference}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var judged = (await UsesAsync(reference)).ShouldHaveSingleItem();
        judged.Approved.ShouldBe(false);
        judged.ReviewNote.ShouldBe("Geen acuut gevaar; de reden volstaat niet.");
        var key = use.Id.ToString();
        (await factory.WithAsync(db => db.AuditEntries.AnyAsync(e => e.RecordType == "BreakGlassUse" && e.RecordId == key && e.Action == AuditAction.Update)))
            .ShouldBeTrue();
        (await fg.GetHtmlAsync("/privacy/noodtoegang")).ShouldContain("afgekeurd");
        // Others cannot judge.
        var keten = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        (await keten.GetAsync("/privacy/noodtoegang")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
