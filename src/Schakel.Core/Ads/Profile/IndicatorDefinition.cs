namespace Schakel.Core.Ads;

/// <summary>
/// One indicator of a risk profile with the reasons it is there. Rationale and source are data, not
/// comments, so the review screen and exports can show why an ad was flagged.
/// </summary>
public sealed record IndicatorDefinition
{
    /// <summary>Stable lower-case snake_case code, as written in output files.</summary>
    public required string Code { get; init; }

    /// <summary>Dutch label for reviewers.</summary>
    public required string Label { get; init; }

    /// <summary>Contribution in [0,1]; see <see cref="RiskCombiner"/> for how weights combine.</summary>
    public required double Weight { get; init; }

    public required string Rationale { get; init; }

    public required string Source { get; init; }

    public required Predictiveness Predictive { get; init; }

    /// <summary>
    /// Words or phrases that make a text indicator fire, matched on whole words after folding case and
    /// accents. Empty for computed indicators. A profile may add new phrase indicators with new codes.
    /// </summary>
    public IReadOnlyList<string> Phrases { get; init; } = [];
}
