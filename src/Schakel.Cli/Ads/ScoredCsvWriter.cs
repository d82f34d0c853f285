using System.Globalization;
using System.Runtime.CompilerServices;
using Schakel.Core.Ads;

namespace Schakel.Cli.Ads;

/// <summary>Writes the contract output <c>ad_id,risk_score,indicators,cluster_id</c> and the optional cluster overview.</summary>
internal static class ScoredCsvWriter
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteScores(ScreeningResult result, TextWriter output)
    {
        output.Write("ad_id,risk_score,indicators,cluster_id\n");
        foreach (var ad in result.Ads)
        {
            output.Write(CsvText.Field(ad.Ad.AdId));
            output.Write(',');
            output.Write(ad.RiskScore.ToString("0.0000", CultureInfo.InvariantCulture));
            output.Write(',');
            output.Write(string.Join(';', ad.Indicators));
            output.Write(',');
            output.Write(CsvText.Field(ad.ClusterId));
            output.Write('\n');
        }
    }

    public static void WriteClusters(ScreeningResult result, TextWriter output)
    {
        output.Write("cluster_id,ad_count,flagged_ads,max_risk,first_posted_at,last_posted_at,phones,handles,cities,ad_ids\n");
        foreach (var c in result.Clusters)
        {
            string[] fields =
            [
                CsvText.Field(c.ClusterId),
                c.AdIds.Count.ToString(CultureInfo.InvariantCulture),
                c.FlaggedAds.ToString(CultureInfo.InvariantCulture),
                c.MaxRisk.ToString("0.0000", CultureInfo.InvariantCulture),
                c.FirstPostedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "",
                c.LastPostedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "",
                CsvText.Field(string.Join(';', c.Phones)),
                CsvText.Field(string.Join(';', c.Handles)),
                CsvText.Field(string.Join(';', c.Cities)),
                CsvText.Field(string.Join(';', c.AdIds)),
            ];
            output.Write(string.Join(',', fields));
            output.Write('\n');
        }
    }
}
