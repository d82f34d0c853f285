using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Ads;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Ads;

/// <summary>The stored risk profile versions; the newest is the one in force.</summary>
public static class AdProfiles
{
    /// <summary>The profile in force, storing the built-in one as the first version when none is stored yet.</summary>
    public static async Task<(AdProfileVersion Row, RiskProfile Profile)> CurrentAsync(SchakelDb db, TimeProvider clock, CancellationToken ct)
    {
        var row = await db.Set<AdProfileVersion>().OrderByDescending(v => v.Id).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            row = new AdProfileVersion
            {
                Version = RiskProfile.Default.Version, Json = RiskProfile.Default.ToJson(), CreatedAt = clock.GetUtcNow(),
                CreatedBy = "Schakel", Reason = "standaardprofiel",
            };
            db.Set<AdProfileVersion>().Add(row);
            await db.SaveChangesAsync(ct);
        }
        return (row, RiskProfile.FromJson(row.Json));
    }

    /// <summary>A new version name: the region's prefix, the date and a running number, never reused.</summary>
    public static async Task<string> NextVersionAsync(SchakelDb db, TimeProvider clock, CancellationToken ct)
    {
        var count = await db.Set<AdProfileVersion>().CountAsync(ct);
        return $"ads-regio-{clock.GetUtcNow().UtcDateTime.ToString("yyyy.MM.dd", CultureInfo.InvariantCulture)}-{count + 1}";
    }
}
