namespace Schakel.Core.Ads;

public sealed record ScoredAd
{
    public required Ad Ad { get; init; }

    /// <summary>Noisy-OR of the fired indicators' weights, rounded to 4 decimals.</summary>
    public required double RiskScore { get; init; }

    /// <summary>Codes of fired indicators in profile order (also those with weight 0).</summary>
    public required IReadOnlyList<string> Indicators { get; init; }

    public required string ClusterId { get; init; }

    public required bool Flagged { get; init; }
}
