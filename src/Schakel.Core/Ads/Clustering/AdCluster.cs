namespace Schakel.Core.Ads;

/// <summary>Summary of one cluster of ads for the review queue: what ties it together and how risky it is.</summary>
public sealed record AdCluster
{
    public required string ClusterId { get; init; }

    public required IReadOnlyList<string> AdIds { get; init; }

    public required IReadOnlyList<string> Phones { get; init; }

    public required IReadOnlyList<string> Handles { get; init; }

    /// <summary>Cities as first written, one per distinct city key.</summary>
    public required IReadOnlyList<string> Cities { get; init; }

    public DateTime? FirstPostedAt { get; init; }

    public DateTime? LastPostedAt { get; init; }

    public double MaxRisk { get; init; }

    public int FlaggedAds { get; init; }
}
