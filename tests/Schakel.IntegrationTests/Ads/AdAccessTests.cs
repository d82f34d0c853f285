using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Testing;
using Schakel.Web.Features.Ads;

namespace Schakel.IntegrationTests.Ads;

/// <summary>Who may see the ads screening: the RIEC, the undermining adviser and the chain director; the administrator only the profile.</summary>
public sealed class AdAccessTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Theory]
    [InlineData("riec@demo.schakel.nl")]
    [InlineData("oov@demo.schakel.nl")]
    [InlineData("ketenregisseur@demo.schakel.nl")]
    public async Task Analysts_see_the_queue_the_clusters_and_an_ad(string email)
    {
        var session = await WebSession.SignedInAsync(factory, email);
        var html = await session.GetHtmlAsync("/advertenties");
        html.ShouldContain("demo-001");
        html.ShouldContain("data-testid=\"ad-figures\"");
        var id = await factory.WithAsync(db => db.Set<StoredAd>().Where(a => a.AdId == "demo-001").Select(a => a.Id).SingleAsync());
        (await session.GetAsync($"/advertenties/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await session.GetAsync("/advertenties/importeren")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("af.zwolle@demo.schakel.nl")]
    [InlineData("politie@demo.schakel.nl")]
    [InlineData("melder@demo.schakel.nl")]
    [InlineData("zorgcoordinator@demo.schakel.nl")]
    [InlineData("bestuurder@demo.schakel.nl")]
    [InlineData("fg@demo.schakel.nl")]
    [InlineData("beheerder@demo.schakel.nl")]
    public async Task Others_get_403_and_no_ad_content(string email)
    {
        var session = await WebSession.SignedInAsync(factory, email);
        var id = await factory.WithAsync(db => db.Set<StoredAd>().Where(a => a.AdId == "demo-001").Select(a => a.Id).SingleAsync());
        foreach (var path in new[] { "/advertenties", $"/advertenties/{id}", "/advertenties/importeren" })
        {
            var response = await session.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldNotContain("+31612345678");
        }
    }

    [Fact]
    public async Task Only_the_administrator_changes_the_profile()
    {
        var riec = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        var page = await riec.GetHtmlAsync("/advertenties/profiel");
        page.ShouldNotContain("name=\"Reason\"");
        page.ShouldContain("Nee: onderzoek vond geen");
        var response = await riec.PostFormAsync("/advertenties/profiel", new() { ["BasedOn"] = WebSession.HiddenValue(page, "BasedOn")!, ["Threshold"] = "0,5", ["Reason"] = "x" });
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl")).GetHtmlAsync("/advertenties/profiel")).ShouldContain("name=\"Reason\"");
    }
}
