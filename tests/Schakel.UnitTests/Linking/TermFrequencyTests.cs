using Schakel.Core.Linking;

namespace Schakel.UnitTests.Linking;

/// <summary>A shared rare surname is strong evidence, a shared "de Vries" is not.</summary>
public class TermFrequencyTests
{
    [Fact]
    public void A_rare_name_weighs_more_than_a_common_one()
    {
        var records = new List<SubjectRecord>();
        for (var i = 0; i < 300; i++)
        {
            records.Add(Subjects.Of($"v{i:D3}", i % 2 == 0 ? "Jan de Vries" : "Piet de Vries"));
        }
        records.Add(Subjects.Of("z1", "Jan Zwartkruis"));
        records.Add(Subjects.Of("z2", "Piet Zwartkruis"));
        var terms = TermFrequencies.Count(LinkEngine.Subjects(records));
        terms.Tokens["vries"].ShouldBe(300);
        var model = new LinkModel(DefaultModel.Instance.Lambda, DefaultModel.Instance.M, DefaultModel.Instance.U, terms, DefaultModel.Instance.Fit);

        double NameWeight(string x, string y)
        {
            var e = model.Explain(FeatureExtractor.Extract(Subjects.Of("a", x), null), FeatureExtractor.Extract(Subjects.Of("b", y), null));
            var name = e.Fields.Single(f => f.Field == ComparisonField.Name);
            return name.Weight + name.TermAdjustment;
        }

        // Same full name: the common one is discounted, the rare one is not.
        NameWeight("Jan de Vries", "Jan de Vries").ShouldBeLessThan(NameWeight("Jan Zwartkruis", "Jan Zwartkruis") - 3);
        // Initials on a shared surname: the rare surname carries the pair, the common one hardly does.
        NameWeight("J. de Vries", "Jan de Vries").ShouldBeLessThan(NameWeight("J. Zwartkruis", "Jan Zwartkruis") - 3);
        var common = model.Explain(FeatureExtractor.Extract(Subjects.Of("a", "Jan de Vries"), null), FeatureExtractor.Extract(Subjects.Of("b", "Jan de Vries"), null));
        common.Fields.Single(f => f.Field == ComparisonField.Name).TermAdjustment.ShouldBeLessThan(0);
    }

    [Fact]
    public void A_value_seen_twice_in_a_small_region_is_not_treated_as_common()
    {
        var small = TermFrequencies.Count(LinkEngine.Subjects([Subjects.Of("a", "Jan Zwartkruis"), Subjects.Of("b", "Jan Zwartkruis"), Subjects.Of("c", "Ali Demir")]));
        var u = DefaultModel.Instance.U[(int)ComparisonField.Name][(int)NameLevel.Exact];
        // Shrunk towards the average: hardly any discount.
        Math.Log2(u / small.Frequency(small.Names["jan zwartkruis"], u)).ShouldBeGreaterThan(-0.5);
    }
}
