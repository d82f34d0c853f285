namespace Schakel.Core.Ads;

/// <summary>Builds the per-cluster overview the review queue starts from.</summary>
public static class ClusterSummaries
{
    public static IReadOnlyList<AdCluster> Build(IReadOnlyList<ScoredAd> scored)
    {
        return scored
            .GroupBy(s => s.ClusterId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var members = g.OrderBy(s => s.Ad.AdId, StringComparer.Ordinal).ToList();
                var dates = members.Select(s => s.Ad.PostedAt).OfType<DateTime>().ToList();
                return new AdCluster
                {
                    ClusterId = g.Key,
                    AdIds = members.Select(s => s.Ad.AdId).ToList(),
                    Phones = DistinctSorted(members.Select(s => s.Ad.Phone)),
                    Handles = DistinctSorted(members.Select(s => s.Ad.Handle)),
                    Cities = members.Where(s => s.Ad.CityKey is not null)
                        .GroupBy(s => s.Ad.CityKey!, StringComparer.Ordinal)
                        .OrderBy(c => c.Key, StringComparer.Ordinal)
                        .Select(c => c.First().Ad.City!.Trim())
                        .ToList(),
                    FirstPostedAt = dates.Count > 0 ? dates.Min() : null,
                    LastPostedAt = dates.Count > 0 ? dates.Max() : null,
                    MaxRisk = members.Max(s => s.RiskScore),
                    FlaggedAds = members.Count(s => s.Flagged),
                };
            })
            .ToList();
    }

    private static List<string> DistinctSorted(IEnumerable<string?> values) =>
        values.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
