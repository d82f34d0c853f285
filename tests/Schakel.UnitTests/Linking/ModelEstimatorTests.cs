using Schakel.Testing.Linking;
using Schakel.Core.Linking;

namespace Schakel.UnitTests.Linking;

/// <summary>The estimation learns what the data says: m and the prior from pattern counts, u held fixed.</summary>
public class ModelEstimatorTests
{
    [Fact]
    public void EM_recovers_known_m_and_prior_from_a_labelled_population()
    {
        // A population drawn from a known model (conditional independence holds): 2,000 matches, 200,000 non-matches,
        // all of them blocked (so the prior is 2,000 of 202,000 pairs).
        var trueM = Uniform(l => l == 1 ? 0.80 : 0.0);
        trueM[(int)ComparisonField.Name] = [0, 0.70, 0.10, 0.04, 0.02, 0.05, 0.01, 0.03, 0.05];
        trueM[(int)ComparisonField.DateOfBirth] = [0, 0.75, 0.03, 0.08, 0.04, 0.02, 0.08];
        trueM[(int)ComparisonField.Address] = [0, 0.50, 0.05, 0.10, 0.05, 0.05, 0.05, 0.20];
        trueM[(int)ComparisonField.Phone] = [0, 0.55, 0.05, 0.40];
        foreach (var f in new[] { ComparisonField.Email, ComparisonField.Handle, ComparisonField.Plate })
        {
            trueM[(int)f] = [0, 0.6, 0.4];
        }
        var u = Uniform(_ => 0.0);
        u[(int)ComparisonField.Name] = [0, 0.001, 0.001, 0.004, 0.001, 0.001, 0.001, 0.02, 0.971];
        u[(int)ComparisonField.DateOfBirth] = [0, 0.001, 0.0005, 0.003, 0.002, 0.02, 0.9735];
        u[(int)ComparisonField.Address] = [0, 0.002, 0.001, 0.001, 0.002, 0.01, 0.05, 0.934];
        u[(int)ComparisonField.Phone] = [0, 0.001, 0.001, 0.998];
        foreach (var f in new[] { ComparisonField.Email, ComparisonField.Handle, ComparisonField.Plate })
        {
            u[(int)f] = [0, 0.002, 0.998];
        }
        const double matches = 2_000, others = 200_000, allPairs = matches + others;
        var counts = new Dictionary<int, long>();
        // Only name, date of birth and address vary; the identifiers are missing (level 0) in this population.
        for (var n = 1; n < 9; n++)
        {
            for (var d = 1; d < 7; d++)
            {
                for (var a = 1; a < 8; a++)
                {
                    var expected = (matches * trueM[0][n] * trueM[1][d] * trueM[2][a]) + (others * u[0][n] * u[1][d] * u[2][a]);
                    var count = (long)Math.Round(expected);
                    if (count > 0)
                    {
                        counts[Pattern(n, d, a)] = count;
                    }
                }
            }
        }

        var (lambda, m, _, converged, expectedMatches) = ModelEstimator.EstimateM(counts, u, (long)allPairs, prior: null);

        converged.ShouldBeTrue();
        expectedMatches.ShouldBe(matches, matches * 0.05);
        lambda.ShouldBe(matches / allPairs, matches / allPairs * 0.05);
        foreach (var f in new[] { ComparisonField.Name, ComparisonField.DateOfBirth, ComparisonField.Address })
        {
            for (var l = 1; l < ComparisonFields.LevelCount(f); l++)
            {
                m[(int)f][l].ShouldBe(trueM[(int)f][l], 0.02, $"{f} level {ComparisonFields.LevelToken(f, l)}");
            }
        }
    }

    [Fact]
    public void U_comes_from_random_pairs_and_identifiers_from_their_value_counts()
    {
        // 400 subjects, every tenth shares a phone with the next: 40 sharing pairs among 400·399/2.
        var records = Enumerable.Range(0, 400).Select(i => Subjects.Of($"s{i:D3}", phone: i % 10 == 0 || i % 10 == 1
            ? $"06-1{i / 10:D3}4821" : $"06-2{i:D3}5937")).ToList();
        var subjects = LinkEngine.Subjects(records);
        var u = ModelEstimator.EstimateU(subjects, prior: null, new ParallelOptions(), out var sampled);
        sampled.ShouldBe(400L * 399 / 2);
        u[(int)ComparisonField.Phone][(int)PhoneLevel.Agree].ShouldBe(40.0 * 2 / (400.0 * 399), 1e-9);
    }

    [Fact]
    public void The_same_data_gives_the_same_model()
    {
        var data = Schakel.Testing.Linking.SyntheticSignals.Generate(1_500, seed: 8).Records;
        var first = LinkEngine.Run(data).Model;
        var second = LinkEngine.Run(data.Reverse().ToList(), new LinkOptions { MaxDegreeOfParallelism = 1 }).Model;
        second.Id.ShouldBe(first.Id);
        second.ToJson().ShouldBe(first.ToJson());
    }

    [Fact]
    public void A_saved_model_reads_back_and_scores_the_same()
    {
        var model = DefaultModel.Instance;
        var copy = LinkModel.FromJson(model.ToJson());
        copy.Id.ShouldBe(model.Id);
        var a = FeatureExtractor.Extract(Subjects.Of("a", "Jan de Vries", "1990-03-14", "06-12345678"), null);
        var b = FeatureExtractor.Extract(Subjects.Of("b", "J. de Vries", "14-03-1990"), null);
        copy.Score(a, b).LogOdds.ShouldBe(model.Score(a, b).LogOdds, 1e-9);
        Should.Throw<System.Text.Json.JsonException>(() => LinkModel.FromJson("""{"lambda": 2}"""));
    }

    [Fact]
    public void The_shipped_default_model_is_what_its_recipe_learns()
    {
        var fresh = DefaultModelRecipe.Estimate();
        var shipped = DefaultModel.Instance;
        shipped.Lambda.ShouldBe(fresh.Lambda, fresh.Lambda * 1e-6,
            "regenerate with: dotnet run -c Release --project bench/Schakel.Benchmarks -- link-default-model src/Schakel.Core/Linking/DefaultModel.json");
        foreach (var f in ComparisonFields.All)
        {
            for (var l = 1; l < ComparisonFields.LevelCount(f); l++)
            {
                shipped.M[(int)f][l].ShouldBe(fresh.M[(int)f][l], 1e-9);
                shipped.U[(int)f][l].ShouldBe(fresh.U[(int)f][l], 1e-9);
            }
        }
    }

    [Fact]
    public void Explanation_adds_up_to_the_score()
    {
        var model = DefaultModel.Instance;
        var a = FeatureExtractor.Extract(Subjects.Of("a", "Katarzyna Kowalska", "1988-02-01", street: "Kerkstraat", number: "12", postcode: "1234AB"), null);
        var b = FeatureExtractor.Extract(Subjects.Of("b", "Katarzyna Kowalsak", "01-02-1988", postcode: "1234 ab", number: "12"), null);
        var e = model.Explain(a, b);
        e.ModelId.ShouldBe(model.Id);
        (e.Prior + e.Fields.Sum(x => x.Weight + x.TermAdjustment)).ShouldBe(e.LogOdds, 1e-9);
        e.Score.ShouldBe(model.Score(a, b).Score, 1e-12);
        e.Fields.Single(x => x.Field == ComparisonField.Name).LevelToken.ShouldBe("close");
        e.Fields.Single(x => x.Field == ComparisonField.Phone).Weight.ShouldBe(0);
    }

    private static double[][] Uniform(Func<int, double> value) =>
        ComparisonFields.All.Select(f => Enumerable.Range(0, ComparisonFields.LevelCount(f)).Select(value).ToArray()).ToArray();

    private static int Pattern(int name, int date, int address)
    {
        var levels = new[] { name, date, address, 0, 0, 0, 0 };
        var p = 0;
        foreach (var f in ComparisonFields.All)
        {
            p = (p * ComparisonFields.LevelCount(f)) + levels[(int)f];
        }
        return p;
    }
}
