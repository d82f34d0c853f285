namespace Schakel.Core.Ads;

/// <summary>Thresholds of the computed indicators and of near-duplicate detection, tunable per profile.</summary>
public sealed record RiskProfileParameters
{
    /// <summary>Distinct introduced names behind one phone or handle before it counts as several women.</summary>
    public int MinDistinctNamesPerContact { get; init; } = 2;

    /// <summary>
    /// Distinct photos behind one phone or handle before it counts as several women. Higher than the
    /// name threshold because one woman often rotates two photos.
    /// </summary>
    public int MinDistinctPhotosPerContact { get; init; } = 3;

    public int MultiCityMinCities { get; init; } = 3;

    /// <summary>Two cities for one contact within this many days count as circuit movement.</summary>
    public int CircuitWindowDays { get; init; } = 14;

    public int YoungAgeMin { get; init; } = 18;

    public int YoungAgeMax { get; init; } = 21;

    public decimal LowPriceAbsolute { get; init; } = 50m;

    public double LowPriceMedianRatio { get; init; } = 0.6;

    /// <summary>Below this many priced ads the median is too unstable to compare against.</summary>
    public int LowPriceMinSample { get; init; } = 20;

    /// <summary>Estimated Jaccard similarity of character 5-shingles above which texts are near-duplicates.</summary>
    public double NearDuplicateJaccard { get; init; } = 0.8;
}
