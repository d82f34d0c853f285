namespace Schakel.Core.Ads;

public sealed record ScreeningResult
{
    /// <summary>Version of the profile that produced the scores, to be stored alongside them.</summary>
    public required string ProfileVersion { get; init; }

    /// <summary>All ads, sorted by ad id (ordinal).</summary>
    public required IReadOnlyList<ScoredAd> Ads { get; init; }

    /// <summary>All clusters including singletons, sorted by cluster id (ordinal).</summary>
    public required IReadOnlyList<AdCluster> Clusters { get; init; }
}
