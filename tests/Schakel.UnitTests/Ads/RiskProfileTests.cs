using Schakel.Core.Ads;

namespace Schakel.UnitTests.Ads;

public class RiskProfileTests
{
    [Fact]
    public void Default_profile_is_valid_versioned_and_explains_every_indicator()
    {
        var profile = RiskProfile.Default;
        profile.Validate();
        profile.Version.ShouldNotBeNullOrWhiteSpace();
        profile.FlagThreshold.ShouldBe(0.5);
        profile.Indicators.ShouldAllBe(i => i.Label.Length > 0 && i.Rationale.Length > 0 && i.Source.Length > 0);
        profile.Indicators.Select(i => i.Code).ShouldBeUnique();
    }

    [Fact]
    public void New_in_town_stays_nearly_weightless_because_research_found_it_not_predictive()
    {
        var indicator = RiskProfile.Default.Indicators.Single(i => i.Code == IndicatorCodes.NewInTown);
        indicator.Weight.ShouldBeLessThanOrEqualTo(0.05);
        indicator.Predictive.ShouldBe(Predictiveness.No);
        indicator.Rationale.ShouldContain("70%");
    }

    [Fact]
    public void Json_round_trip_keeps_the_profile()
    {
        var json = RiskProfile.Default.ToJson();
        json.ShouldContain("\"predictive\": \"unverified\"");
        json.ShouldContain("\"predictive\": \"false\"");
        var loaded = RiskProfile.FromJson(json);
        loaded.Version.ShouldBe(RiskProfile.Default.Version);
        loaded.Indicators.Select(i => (i.Code, i.Weight)).ShouldBe(RiskProfile.Default.Indicators.Select(i => (i.Code, i.Weight)));
        loaded.Indicators.Single(i => i.Code == IndicatorCodes.AlwaysAvailable).Phrases.ShouldContain("24/7");
    }

    [Fact]
    public void Admins_can_tune_weights_and_add_phrase_indicators()
    {
        const string json = """
        {
          "version": "regio-oost-1",
          "flagThreshold": 0.3,
          "indicators": [
            { "code": "always_available", "label": "Altijd", "weight": 0.4, "rationale": "r", "source": "s",
              "predictive": "unverified", "phrases": ["24/7"] },
            { "code": "cash_only", "label": "Alleen contant", "weight": 0.1, "rationale": "r", "source": "s",
              "predictive": "unverified", "phrases": ["alleen contant"] }
          ]
        }
        """;
        var profile = RiskProfile.FromJson(json);
        var result = new AdScreeningEngine(profile).Screen([TestAds.Ad("a1", text: "24/7, alleen contant", age: 19)]);
        result.ProfileVersion.ShouldBe("regio-oost-1");
        result.Ads[0].Indicators.ShouldBe(["always_available", "cash_only"]);
        result.Ads[0].RiskScore.ShouldBe(0.46);
        result.Ads[0].Flagged.ShouldBeTrue();
    }

    [Theory]
    [InlineData("""{ "version": "x", "indicators": [ { "code": "a", "label": "l", "weight": 1.5, "rationale": "r", "source": "s", "predictive": "true", "phrases": ["x"] } ] }""")]
    [InlineData("""{ "version": "x", "indicators": [ { "code": "custom", "label": "l", "weight": 0.5, "rationale": "r", "source": "s", "predictive": "true" } ] }""")]
    [InlineData("""{ "version": "x", "indicators": [ { "code": "low_price", "label": "l", "weight": 0.5, "rationale": "r", "source": "s", "predictive": "maybe" } ] }""")]
    [InlineData("""{ "version": "x", "flagThreshold": 0, "indicators": [] }""")]
    [InlineData("""{ "version": "x", "indicators": [], "weights": {} }""")]
    [InlineData("not json")]
    public void Invalid_profiles_are_refused(string json) => Should.Throw<RiskProfileException>(() => RiskProfile.FromJson(json));

    [Fact]
    public void Weights_combine_as_noisy_or()
    {
        RiskCombiner.Combine([]).ShouldBe(0);
        RiskCombiner.Combine([0.5]).ShouldBe(0.5);
        RiskCombiner.Combine([0.5, 0.5]).ShouldBe(0.75);
        RiskCombiner.Combine([0.35, 0.25, 0.25]).ShouldBe(0.6344);
        RiskCombiner.Combine([1, 0.2]).ShouldBe(1);
    }
}
