using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Schakel.Core.Identifiers;

namespace Schakel.Core.Ads;

/// <summary>
/// Recognises the same advertisement seen twice, also when it was collected again under another ad id (a scrape of
/// the same site a week later): the hash of what makes the posting itself — day posted, city, contact details, photo
/// and the folded title and text. Case, accents, punctuation and spacing do not count; a re-post on another day or in
/// another city is a new ad, because the circuit indicators need exactly those.
/// </summary>
public static class AdDedupeKey
{
    public static string For(Ad ad)
    {
        var parts = new[]
        {
            ad.PostedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ad.CityKey ?? "",
            ad.Phone ?? "",
            ad.Handle ?? "",
            ad.PhotoHash ?? "",
            TextFolding.FoldToWords(ad.Title),
            TextFolding.FoldToWords(ad.Text),
        };
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }
}
