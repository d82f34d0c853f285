using Schakel.Core.Labels;
using Schakel.Core.Linking;
using Schakel.Web.Features.Linking.Models;

namespace Schakel.UnitTests.Linking;

/// <summary>The model page and the score explanation speak Dutch for every level, and the explanation adds up.</summary>
public sealed class ModelLabelsTests
{
    [Fact]
    public void Every_level_token_of_every_field_has_a_Dutch_label()
    {
        foreach (var field in ComparisonFields.All)
        {
            LinkingLabels.Field(field).ShouldNotBeNullOrWhiteSpace();
            for (var level = 0; level < ComparisonFields.LevelCount(field); level++)
            {
                var token = ComparisonFields.LevelToken(field, level);
                LinkingLabels.Level(field, token).ShouldNotBeNull($"{ComparisonFields.Token(field)}:{token}");
            }
        }
        LinkingLabels.Level(ComparisonField.Name, "one_token").ShouldBe("één naamdeel gelijk, ander verschilt");
        LinkingLabels.Level(ComparisonField.Phone, "agree_fixed_line").ShouldBe("zelfde vaste nummer (huishouden)");
        LinkingLabels.Level(ComparisonField.Address, (int)AddressLevel.Building).ShouldBe("zelfde pand, andere toevoeging");
    }

    [Fact]
    public void Weights_read_with_their_sign_in_Dutch_notation()
    {
        ModelLabels.Bits(3.24).ShouldBe("+3,2");
        ModelLabels.Bits(-1.55).ShouldBe("−1,6");
        ModelLabels.Probability(0.8779).ShouldBe("0,878");
        ModelLabels.Probability(0.000661).ShouldBe("0,00066");
        ModelLabels.Probability(8.6e-6).ShouldBe("0,0000086");
    }

    [Theory]
    [InlineData("Jan de Vries", "1990-04-12", "06-12345678", "Jan de Vries", "1990-12-04", "+31612345678")]
    [InlineData("Ana Stan", null, "0687654321", "Ana Stan", null, "0687654321")]
    [InlineData("Piotr Nowak", "1985-01-01", null, "Pjotr Nowak", "1985-01-01", null)]
    [InlineData("Mohamed El Amrani", null, "06-11112222", "Fatima Bakker", null, "06-11112222")]
    public void The_waterfall_adds_up_to_the_score(string nameA, string? dobA, string? phoneA, string nameB, string? dobB, string? phoneB)
    {
        var a = FeatureExtractor.Extract(Subjects.Of("1", nameA, dobA, phoneA, street: "Dorpsstraat", number: "1", postcode: "8011AB", city: "Zwolle"), null);
        var b = FeatureExtractor.Extract(Subjects.Of("2", nameB, dobB, phoneB, street: "Dorpsstraat", number: "3", postcode: "8011AB", city: "Zwolle"), null);
        var model = DefaultModel.Instance;

        var waterfall = new ScoreWaterfall(model.Explain(a, b), null, true);

        waterfall.Sum.ShouldBe(waterfall.Explanation.LogOdds, 1e-9);
        LinkModel.ToScore(waterfall.Sum).ShouldBe(model.Score(a, b).Score, 1e-9);
        waterfall.Steps[0].Label.ShouldBe("Startkans (a-priori)");
        waterfall.Steps[^1].To.ShouldBe(waterfall.Sum, 1e-9);
        waterfall.Steps.ShouldAllBe(s => waterfall.X(s.From) >= 0 && waterfall.X(s.To) <= 100);
    }

    [Fact]
    public void A_stored_model_reads_back_with_the_same_id_and_scores()
    {
        var model = LinkModel.FromJson(DefaultModel.Instance.ToJson());
        model.Id.ShouldBe(DefaultModel.Instance.Id);
    }
}
