using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisations;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Dashboard.Disclosure;

/// <summary>The rules around the figures: whole periods only, every municipality on the start page, and a limit on asking.</summary>
public sealed class FigurePeriodTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Theory]
    [InlineData("/api/v1/figures?by=municipality&from=2026-03-01&to=2026-03-31")]
    [InlineData("/api/v1/figures?by=municipality&from=2026-03-02")]
    [InlineData("/dashboard.csv?from=2026-01-01&to=2026-03-31")]
    [InlineData("/dashboard.xlsx?to=2026-03-31")]
    public async Task Free_from_and_to_dates_are_refused_with_a_Dutch_400(string url)
    {
        var bestuurder = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        var response = await bestuurder.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Losse begin- en einddatums kunnen niet.");
    }

    [Fact]
    public async Task The_dashboard_page_refuses_free_dates_and_the_chain_director_gets_whole_periods_too()
    {
        var keten = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var response = await keten.GetAsync("/dashboard?From=2026-03-02&To=2026-03-30");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Kies een hele maand, een kwartaal of een jaar");
        (await keten.GetAsync("/api/v1/figures?period=2026-03-15")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var quarter = JsonDocument.Parse(await keten.Client.GetStringAsync("/api/v1/figures?by=quarter&period=2026-Q2")).RootElement;
        quarter.GetProperty("from").GetString().ShouldBe("2026-04-01");
        quarter.GetProperty("to").GetString().ShouldBe("2026-06-30");
        quarter.GetProperty("period").GetString().ShouldBe("2026-K2");
    }

    [Fact]
    public async Task The_start_page_lists_every_municipality_also_those_without_signals()
    {
        var names = await factory.WithAsync(db => db.Organisations.Where(o => o.Kind == OrganisationKind.Municipality).Select(o => o.Name).ToListAsync());
        var html = await (await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl")).GetHtmlAsync("/");
        var start = html.IndexOf("Meldingen en adviesvragen per gemeente in", StringComparison.Ordinal);
        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        foreach (var name in names)
        {
            table.ShouldContain($"scope=\"row\">{System.Net.WebUtility.HtmlEncode(name)}</th>");
        }
        // Nothing below five is shown as a number, zero included.
        foreach (var small in new[] { 0, 1, 2, 3, 4 })
        {
            table.ShouldNotContain($"<td class=\"utrecht-table__cell\">{small}</td>");
        }
    }
}

public sealed class LowFigureLimitFactory : SchakelFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("RateLimits:FiguresPerHour", "3")];
}

public sealed class FigureRateLimitTests(LowFigureLimitFactory factory) : IClassFixture<LowFigureLimitFactory>
{
    [Fact]
    public async Task Figure_queries_are_limited_per_user_and_per_key_with_a_Dutch_429()
    {
        var bestuurder = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        (await bestuurder.GetAsync("/api/v1/figures?period=2026")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bestuurder.GetAsync("/dashboard?period=2026-K1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bestuurder.GetAsync("/dashboard.csv?period=2026-01")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await bestuurder.GetAsync("/api/v1/figures?period=2026-02");
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Te veel verzoeken achter elkaar");
        (await bestuurder.GetAsync("/dashboard.xlsx?period=2026-02")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        // Another user, from the same address, has a limit of their own.
        var other = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        (await other.GetAsync("/api/v1/figures?period=2026")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var partner = factory.CreateClient();
        partner.DefaultRequestHeaders.Add("X-Api-Key", await factory.ApiKeyAsync());
        for (var i = 0; i < 3; i++)
        {
            (await partner.GetAsync($"/api/v1/figures?period=2026-0{i + 1}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        (await partner.GetAsync("/api/v1/figures?period=2026-04")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
