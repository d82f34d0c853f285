using Schakel.Core.Labels;
using Schakel.Core.Linking;

namespace Schakel.Web.Features.Linking.Models;

/// <summary>
/// A pair's score as steps a chain director can check: the prior, then each compared field and the rarity correction,
/// each moving the running total in bits, up to the total and the score. Bars run from the total before a step to the
/// total after it, on one scale for all steps.
/// </summary>
public sealed class ScoreWaterfall
{
    public sealed record Step(string Label, string Detail, double Bits, double From, double To);

    public ScoreWaterfall(PairExplanation explanation, LinkModelVersion? version, bool modelKnown)
    {
        Explanation = explanation;
        Version = version;
        ModelKnown = modelKnown;
        var steps = new List<Step>();
        var total = explanation.Prior;
        steps.Add(new Step("Startkans (a-priori)", "hoe vaak twee willekeurige personen dezelfde zijn", explanation.Prior, 0, total));
        foreach (var f in explanation.Fields.Where(f => f.Level != 0))
        {
            steps.Add(new Step(LinkingLabels.Field(f.Field), LinkingLabels.Level(f.Field, f.Level), f.Weight, total, total += f.Weight));
            if (f.TermAdjustment != 0)
            {
                var rare = f.TermAdjustment > 0;
                var what = f.Field == ComparisonField.Name ? (rare ? "zeldzame naam" : "veel voorkomende naam") : (rare ? "zeldzame straat" : "veel voorkomende straat");
                steps.Add(new Step(LinkingLabels.Field(f.Field), what, f.TermAdjustment, total, total += f.TermAdjustment));
            }
        }
        Steps = steps;
        Missing = explanation.Fields.Where(f => f.Level == 0).Select(f => LinkingLabels.Field(f.Field)).ToList();
        var ends = steps.SelectMany(s => new[] { s.From, s.To }).Append(0).ToList();
        Low = ends.Min();
        High = Math.Max(ends.Max(), Low + 1);
    }

    public PairExplanation Explanation { get; }
    public LinkModelVersion? Version { get; }

    /// <summary>False when the link's score came from a model no longer on record; the steps are then the default model's.</summary>
    public bool ModelKnown { get; }
    public IReadOnlyList<Step> Steps { get; }

    /// <summary>Fields known on one side only: they do not count.</summary>
    public IReadOnlyList<string> Missing { get; }
    public double Low { get; }
    public double High { get; }

    /// <summary>Position of a running total on the bar scale, 0 to 100.</summary>
    public double X(double bits) => Math.Round((bits - Low) / (High - Low) * 100, 2);

    public double Sum => Steps.Sum(s => s.Bits);
}
