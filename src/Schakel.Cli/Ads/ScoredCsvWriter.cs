using System.Globalization;
using Schakel.Core.Ads;
using Schakel.Core.Csv;

namespace Schakel.Cli.Ads;

/// <summary>Writes the contract output <c>ad_id,risk_score,indicators,cluster_id</c> and the optional cluster overview.</summary>
internal static class ScoredCsvWriter
{
    public static void WriteScores(ScreeningResult result, TextWriter output)
    {
        using var csv = CsvFiles.Writer(output);
        csv.WriteSafeRecord(["ad_id", "risk_score", "indicators", "cluster_id"]);
        foreach (var ad in result.Ads)
        {
            csv.WriteSafe(ad.Ad.AdId);
            csv.WriteField(ad.RiskScore.ToString("0.0000", CultureInfo.InvariantCulture));
            csv.WriteSafe(string.Join(';', ad.Indicators));
            csv.WriteSafe(ad.ClusterId);
            csv.NextRecord();
        }
    }

    public static void WriteClusters(ScreeningResult result, TextWriter output)
    {
        using var csv = CsvFiles.Writer(output);
        csv.WriteSafeRecord(["cluster_id", "ad_count", "flagged_ads", "max_risk", "first_posted_at", "last_posted_at", "phones", "handles", "cities", "ad_ids"]);
        foreach (var c in result.Clusters)
        {
            csv.WriteSafeRecord(
            [
                c.ClusterId,
                c.AdIds.Count.ToString(CultureInfo.InvariantCulture),
                c.FlaggedAds.ToString(CultureInfo.InvariantCulture),
                c.MaxRisk.ToString("0.0000", CultureInfo.InvariantCulture),
                c.FirstPostedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "",
                c.LastPostedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "",
                string.Join(';', c.Phones),
                string.Join(';', c.Handles),
                string.Join(';', c.Cities),
                string.Join(';', c.AdIds),
            ]);
        }
    }
}
