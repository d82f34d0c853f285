using Schakel.Core.Ads;
using static Schakel.UnitTests.Ads.TestAds;

namespace Schakel.UnitTests.Ads;

public class ClusteringTests
{
    private static readonly string[] Cities = ["Zwolle", "Deventer", "Kampen"];

    private static Dictionary<string, string> Clusters(params Ad[] ads) =>
        new AdScreeningEngine().Screen(ads).Ads.ToDictionary(a => a.Ad.AdId, a => a.ClusterId);

    [Fact]
    public void Ads_chain_through_phone_handle_and_photo_and_take_the_smallest_id()
    {
        var clusters = Clusters(
            Ad("b2", phone: "0612345678"),
            Ad("b7", phone: "+31 6 1234 5678", handle: "@lisa"),
            Ad("b3", handle: "https://instagram.com/Lisa", photo: "p9"),
            Ad("b9", photo: "p9"),
            Ad("b5", phone: "0687654321"));
        clusters["b7"].ShouldBe("cb2");
        clusters["b3"].ShouldBe("cb2");
        clusters["b9"].ShouldBe("cb2");
        clusters["b5"].ShouldBe("cb5");
    }

    [Fact]
    public void Near_duplicate_texts_join_a_cluster_and_unrelated_texts_do_not()
    {
        var clusters = Clusters(
            Ad("a1", phone: "0611111111", text: LongText),
            Ad("a2", phone: "0622222222", text: LongText.Replace("centrum", "station", StringComparison.Ordinal).Replace("drankje", "biertje", StringComparison.Ordinal)),
            Ad("a3", phone: "0633333333", text: "Stoere vrouw met tatoeages en piercings, houdt van motoren en rockmuziek. Bel voor een afspraak in het weekend, ik ontvang in Deventer."));
        clusters["a2"].ShouldBe("ca1");
        clusters["a3"].ShouldBe("ca3");
    }

    [Fact]
    public void One_template_pasted_many_times_forms_one_cluster_despite_windowed_comparison()
    {
        var ads = Enumerable.Range(0, 150).Select(i => Ad(
            $"t{i:D3}",
            phone: $"06{20000000 + i:D8}",
            title: $"Naam{i % 9} in Stad{i % 5}",
            text: LongText.Replace("centrum", "centrum " + (i % 7), StringComparison.Ordinal))).ToList();
        ads.Add(Ad("u1", phone: "0611111111", text: "Stoere vrouw met tatoeages en piercings, houdt van motoren en rockmuziek. Bel voor een afspraak in het weekend."));
        var result = new AdScreeningEngine().Screen(ads);
        result.Ads.Where(a => a.Ad.AdId.StartsWith('t')).Select(a => a.ClusterId).Distinct().ShouldBe(["ct000"]);
        result.Ads.Where(a => a.Ad.AdId.StartsWith('t')).ShouldAllBe(a => a.Indicators.Contains(IndicatorCodes.NearDuplicateText));
        result.Ads.Single(a => a.Ad.AdId == "u1").ClusterId.ShouldBe("cu1");
    }

    [Fact]
    public void Every_ad_gets_a_cluster_and_singletons_their_own()
    {
        var clusters = Clusters(Ad("x"), Ad("y"));
        clusters["x"].ShouldBe("cx");
        clusters["y"].ShouldBe("cy");
    }

    [Fact]
    public void Cluster_summary_lists_phones_handles_cities_dates_and_max_risk()
    {
        var result = new AdScreeningEngine().Screen(
        [
            Ad("a1", phone: "0612345678", handle: "lisa", city: "Zwolle", posted: "2026-11-01", age: 19),
            Ad("a2", phone: "0612345678", city: "zwolle", posted: "2026-11-03"),
            Ad("a3", phone: "0612345678", city: "Kampen", posted: "2026-10-30", text: "24/7 zonder condoom"),
        ]);
        var cluster = result.Clusters.ShouldHaveSingleItem();
        cluster.ClusterId.ShouldBe("ca1");
        cluster.AdIds.ShouldBe(["a1", "a2", "a3"]);
        cluster.Phones.ShouldBe(["+31612345678"]);
        cluster.Handles.ShouldBe(["lisa"]);
        cluster.Cities.ShouldBe(["Kampen", "Zwolle"]);
        cluster.FirstPostedAt.ShouldBe(new DateTime(2026, 10, 30, 0, 0, 0, DateTimeKind.Utc));
        cluster.LastPostedAt.ShouldBe(new DateTime(2026, 11, 3, 0, 0, 0, DateTimeKind.Utc));
        cluster.MaxRisk.ShouldBe(result.Ads.Max(a => a.RiskScore));
    }

    [Fact]
    public void Screening_is_independent_of_input_order()
    {
        var ads = Enumerable.Range(0, 60).Select(i => Ad(
            $"ad{i}",
            phone: $"06{10000000 + (i % 17):D8}",
            city: Cities[i % 3],
            posted: $"2026-10-{1 + (i % 28):D2}",
            text: i % 5 == 0 ? LongText + " Ik ben Anna" + i : "Ik ben Kim " + i,
            photo: $"p{i % 11}",
            price: 40 + i)).ToList();
        var expected = Render(new AdScreeningEngine().Screen(ads));
        var random = new Random(7);
        for (var round = 0; round < 3; round++)
        {
            var shuffled = ads.OrderBy(_ => random.Next()).ToList();
            Render(new AdScreeningEngine().Screen(shuffled)).ShouldBe(expected);
        }
    }

    private static string Render(ScreeningResult result) =>
        string.Join("\n", result.Ads.Select(a => $"{a.Ad.AdId},{a.RiskScore},{string.Join(';', a.Indicators)},{a.ClusterId}"));
}
