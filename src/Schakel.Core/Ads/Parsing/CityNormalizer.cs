using Schakel.Core.Identifiers;

namespace Schakel.Core.Ads;

/// <summary>
/// Gives a comparison key for a city so that spelling variants do not count as a move to another city,
/// which would make multi-city indicators fire on one stay.
/// </summary>
public static class CityNormalizer
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["s gravenhage"] = "den haag",
        ["the hague"] = "den haag",
        ["s hertogenbosch"] = "den bosch",
        ["hertogenbosch"] = "den bosch",
    };

    public static string? Key(string? city)
    {
        if (string.IsNullOrWhiteSpace(city))
        {
            return null;
        }
        var folded = TextFolding.FoldToWords(city);
        if (folded.Length == 0)
        {
            return null;
        }
        return Aliases.TryGetValue(folded, out var alias) ? alias : folded;
    }
}
