using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Figures;
using Schakel.Testing;
using Schakel.Web.Features.Dashboard;

namespace Schakel.IntegrationTests.Dashboard.Disclosure;

/// <summary>
/// The attack of the security test, replayed from the outside: a policy maker (page, CSV, Excel, API) and a partner key
/// (API) ask every dimension for every allowed period of a year (months, quarters, the year) for the region and three
/// municipalities, and try to get the known small counts back: directly, as a total minus the other cells, as one
/// period minus others, or as the region minus a municipality.
/// </summary>
public sealed class DifferencingAttackTests(DisclosureFactory factory) : IClassFixture<DisclosureFactory>
{
    private const int Year = DisclosureFactory.Year;
    private static readonly string[] Periods =
        [.. Enumerable.Range(1, 12).Select(m => $"{Year}-{m:00}"), .. Enumerable.Range(1, 4).Select(q => $"{Year}-K{q}"), $"{Year}"];

    private async Task<Dictionary<string, string>> AreasAsync()
    {
        var municipalities = await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Kampen" || o.Name == "Deventer" || o.Name == "Zwolle")
            .Select(o => new { o.Name, o.Id }).ToListAsync());
        var areas = municipalities.ToDictionary(o => o.Name, o => "&municipality=" + o.Id);
        areas["regio"] = "";
        return areas;
    }

    private static async Task<PublishedFigures> CsvAsync(WebSession session, Dictionary<string, string> areas)
    {
        var figures = new PublishedFigures();
        foreach (var (area, query) in areas)
        {
            foreach (var period in Periods)
            {
                var response = await session.GetAsync($"/dashboard.csv?period={period}{query}");
                response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
                figures.AddCsv(area, period, await response.Content.ReadAsByteArrayAsync());
            }
        }
        return figures;
    }

    private static async Task AddApiAsync(HttpClient client, PublishedFigures figures, IEnumerable<KeyValuePair<string, string>> areas)
    {
        foreach (var (area, query) in areas)
        {
            foreach (var period in Periods)
            {
                foreach (var by in FiguresApi.By.Keys)
                {
                    var body = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/figures?by={by}&period={period}{query}")).RootElement;
                    body.GetProperty("masked").GetBoolean().ShouldBeTrue();
                    figures.AddApi(area, period, body);
                }
            }
        }
    }

    [Fact]
    public async Task No_small_count_can_be_recovered_by_a_policy_maker_or_a_partner_key_and_every_number_stays_within_the_noise_bound()
    {
        await factory.SeedAsync();
        var areas = await AreasAsync();
        var truth = await CsvAsync(await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl"), areas);
        var exact = truth.Values.Where(v => PublishedFigures.Number(v.Value) is not null).ToDictionary(v => v.Key, v => PublishedFigures.Number(v.Value)!.Value, StringComparer.Ordinal);
        exact.Count.ShouldBe(truth.Values.Count, "the case team sees exact counts only");
        exact.Count(v => v.Value is >= 1 and <= 4).ShouldBeGreaterThan(100, "the fixture has many small cells to attack");

        // The policy maker: every table as CSV, the year and one quarter also as Excel and page, and the API on top.
        var bestuurder = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        var policy = await CsvAsync(bestuurder, areas);
        policy.AddExcel("regio", $"{Year}", await (await bestuurder.GetAsync($"/dashboard.xlsx?period={Year}")).Content.ReadAsByteArrayAsync());
        policy.AddExcel("Kampen", $"{Year}-K1", await (await bestuurder.GetAsync($"/dashboard.xlsx?period={Year}-K1{areas["Kampen"]}")).Content.ReadAsByteArrayAsync());
        await AddApiAsync(bestuurder.Client, policy, areas.Where(a => a.Key is "regio" or "Kampen"));
        var page = await bestuurder.GetHtmlAsync($"/dashboard?period={Year}&Municipality={areas["Zwolle"].Split('=')[1]}");
        var shownOnPage = System.Text.RegularExpressions.Regex.Match(page, @"scope=""row"">Ontvangen</th>\s*<td class=""utrecht-table__cell"">([^<]*)</td>").Groups[1].Value;
        shownOnPage.ShouldBe(policy.Values[PublishedFigures.Key($"Zwolle|{Year}|Van melding tot uitkomst", "Ontvangen", "Meldingen")]);

        // The partner key: the API only.
        var key = await factory.ApiKeyAsync();
        using var partnerClient = factory.CreateClient();
        partnerClient.DefaultRequestHeaders.Add("X-Api-Key", key);
        var partner = new PublishedFigures();
        await AddApiAsync(partnerClient, partner, areas.Where(a => a.Key is "regio" or "Kampen"));

        foreach (var (name, published) in new[] { ("beleidsmaker", policy), ("partnersleutel", partner) })
        {
            foreach (var (cell, text) in published.Values.Where(v => exact.ContainsKey(v.Key)))
            {
                var count = exact[cell];
                if (count < Schakel.Core.Figures.Disclosure.Threshold)
                {
                    text.ShouldBe("<5", $"{name}: {cell} = {count}");
                }
                else
                {
                    var shown = PublishedFigures.Number(text).ShouldNotBeNull($"{name}: {cell} = {count}");
                    shown.ShouldBeGreaterThanOrEqualTo(Schakel.Core.Figures.Disclosure.Threshold);
                    Math.Abs(shown - count).ShouldBeLessThanOrEqualTo(Perturbation.MaxNoise, $"{name}: {cell} = {count}");
                }
            }
            var attack = new DifferencingAttack(published, Perturbation.MaxNoise);
            attack.Start();
            attack.AddSums(exact, [.. areas.Keys], Year);
            attack.Sums.Count.ShouldBeGreaterThan(500, name);
            attack.Run();
            var small = published.Values.Keys.Where(k => exact.TryGetValue(k, out var n) && n is >= 1 and <= 4).ToList();
            small.Count.ShouldBeGreaterThan(20, name);
            foreach (var cell in small)
            {
                var (lo, hi) = attack.Range(cell);
                (Math.Min(hi, 4) - Math.Max(lo, 0)).ShouldBeGreaterThanOrEqualTo(1, $"{name} pins {cell} (truly {exact[cell]}) to {lo}..{hi}");
            }
        }
    }

    [Fact]
    public async Task Totals_add_up_within_the_documented_noise_bound()
    {
        await factory.SeedAsync();
        var bestuurder = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        var body = JsonDocument.Parse(await bestuurder.Client.GetStringAsync($"/api/v1/figures?by=municipality&period={Year}")).RootElement;
        var shown = body.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("total").GetString()!).Select(PublishedFigures.Number).ToList();
        var grand = PublishedFigures.Number(body.GetProperty("grandTotal").GetString()!).ShouldNotBeNull();
        // Zwolle 15, Kampen 7 and Deventer 10: each shown within the bound, and the total of 32 too.
        grand.ShouldBeInRange(32 - Perturbation.MaxNoise, 32 + Perturbation.MaxNoise);
        var known = shown.Where(v => v is not null).Select(v => v!.Value).ToList();
        known.Count.ShouldBe(3);
        Math.Abs(grand - known.Sum()).ShouldBeLessThanOrEqualTo(Perturbation.MaxNoise * (known.Count + 1));

        // Asked again, or through the CSV, the same numbers: averaging repeated questions gains nothing.
        var again = JsonDocument.Parse(await bestuurder.Client.GetStringAsync($"/api/v1/figures?by=municipality&period={Year}")).RootElement;
        again.GetProperty("grandTotal").GetString().ShouldBe(body.GetProperty("grandTotal").GetString());
        var csv = await (await bestuurder.GetAsync($"/dashboard.csv?period={Year}")).Content.ReadAsStringAsync();
        csv.ShouldContain($"Totaal;{body.GetProperty("columnTotals").GetProperty("Meldingen").GetString()};");
    }
}
