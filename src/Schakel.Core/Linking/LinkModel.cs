using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Schakel.Core.Linking;

/// <summary>
/// A learned Fellegi-Sunter model: per field and level, m = P(level | same person) and u = P(level | two random subjects),
/// weight = log2(m/u); the prior is the share of all pairs that are one person. A pair's log2-odds is the prior plus its
/// levels' weights plus the term-frequency adjustments; the score is the probability. The model is data, estimated per
/// run (<see cref="ModelEstimator"/>), kept with the run and named by <see cref="Id"/>, a hash of its parameters.
/// </summary>
public sealed class LinkModel
{
    private readonly double[][] _weights;

    public LinkModel(double lambda, double[][] m, double[][] u, TermFrequencies terms, ModelFit fit)
    {
        Lambda = lambda;
        M = m;
        U = u;
        Terms = terms;
        Fit = fit;
        _weights = new double[ComparisonFields.Count][];
        foreach (var f in ComparisonFields.All)
        {
            var n = ComparisonFields.LevelCount(f);
            _weights[(int)f] = new double[n];
            for (var l = 1; l < n; l++)
            {
                _weights[(int)f][l] = Math.Log2(m[(int)f][l] / u[(int)f][l]);
            }
        }
        Id = ComputeId();
    }

    /// <summary>
    /// "FS-" and the first 12 hex digits of a SHA-256 of all parameters, term frequencies included: the same data gives
    /// the same id, and one id always gives the same scores.
    /// </summary>
    public string Id { get; }

    /// <summary>Share of all pairs of subjects that are one person.</summary>
    public double Lambda { get; }

    /// <summary>m per field (index <see cref="ComparisonField"/>) and level; level 0 (missing) is unused.</summary>
    public double[][] M { get; }

    public double[][] U { get; }
    public TermFrequencies Terms { get; }
    public ModelFit Fit { get; }

    public double PriorLogOdds => Math.Log2(Lambda / (1 - Lambda));

    public double Weight(ComparisonField field, int level) => _weights[(int)field][level];

    /// <summary>Sum of the level weights of a pattern (no prior, no term frequencies).</summary>
    public double PatternWeight(int pattern)
    {
        var total = 0.0;
        for (var i = ComparisonFields.Count - 1; i >= 0; i--)
        {
            var n = ComparisonFields.LevelCount(ComparisonFields.All[i]);
            total += _weights[i][pattern % n];
            pattern /= n;
        }
        return total;
    }

    /// <summary>How much the rarity of the shared name and street moves the weight, in bits.</summary>
    public (double Name, double Street) TermAdjustment(in PairComparison c) => Terms.Adjustment(c, U);

    public PairScore Score(SubjectFeatures a, SubjectFeatures b)
    {
        var c = PairComparison.Compare(a, b);
        var (name, street) = TermAdjustment(c);
        var logOdds = PriorLogOdds + PatternWeight(c.Pattern) + name + street;
        return new PairScore(logOdds, c.Reasons, LinkClassifier.Classify(ToScore(logOdds), c.Reasons, a.Role, b.Role, c.NamesDiffer));
    }

    /// <summary>Every step from the prior to the score, for a person to check.</summary>
    public PairExplanation Explain(SubjectFeatures a, SubjectFeatures b)
    {
        var c = PairComparison.Compare(a, b);
        var (name, street) = TermAdjustment(c);
        var steps = new List<FieldWeight>(ComparisonFields.Count);
        foreach (var f in ComparisonFields.All)
        {
            var level = c.Level(f);
            var adjustment = f == ComparisonField.Name ? name : f == ComparisonField.Address ? street : 0;
            steps.Add(new FieldWeight(f, level, ComparisonFields.LevelToken(f, level),
                level == 0 ? null : M[(int)f][level], level == 0 ? null : U[(int)f][level], Weight(f, level), adjustment));
        }
        var logOdds = PriorLogOdds + steps.Sum(s => s.Weight + s.TermAdjustment);
        var score = ToScore(logOdds);
        return new PairExplanation(Id, PriorLogOdds, steps, logOdds, score,
            LinkClassifier.Classify(score, c.Reasons, a.Role, b.Role, c.NamesDiffer), c.Reasons);
    }

    public static double ToScore(double logOdds) => 1.0 / (1.0 + Math.Pow(2, -logOdds));

    public string ToJson(bool indented = false) => JsonSerializer.Serialize(LinkModelFile.From(this), LinkModelFile.Options(indented));

    public static LinkModel FromJson(string json) =>
        (JsonSerializer.Deserialize<LinkModelFile>(json, LinkModelFile.Options(false)) ?? throw new JsonException("leeg model")).ToModel();

    private string ComputeId()
    {
        var sb = new StringBuilder();
        sb.Append(Lambda.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var f in ComparisonFields.All)
        {
            for (var l = 1; l < ComparisonFields.LevelCount(f); l++)
            {
                sb.Append('|').Append(M[(int)f][l].ToString("R", System.Globalization.CultureInfo.InvariantCulture))
                  .Append(',').Append(U[(int)f][l].ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        sb.Append('|').Append(Terms.Subjects);
        foreach (var table in new[] { Terms.Names, Terms.Tokens, Terms.Streets })
        {
            sb.Append('|');
            foreach (var (value, count) in table.OrderBy(x => x.Key, StringComparer.Ordinal))
            {
                sb.Append(value).Append('=').Append(count).Append(';');
            }
        }
        return "FS-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..12];
    }
}

/// <summary>How the model was estimated: on how much data, and whether EM converged.</summary>
public sealed record ModelFit(int Subjects, long RandomPairs, long BlockedPairs, int Iterations, bool Converged, double ExpectedMatches);

/// <summary>One field's step in a pair's score.</summary>
public sealed record FieldWeight(ComparisonField Field, int Level, string LevelToken, double? M, double? U, double Weight, double TermAdjustment);

/// <summary>A pair's score from the prior through every field to the total (a waterfall).</summary>
public sealed record PairExplanation(string ModelId, double Prior, IReadOnlyList<FieldWeight> Fields, double LogOdds, double Score,
    LinkKind Kind, MatchReason Reasons);
