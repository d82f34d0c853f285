using Schakel.Core.Identifiers;

namespace Schakel.Core.Linking.Normalization;

/// <summary>A normalised address: postcode + house number is the Dutch address key; street + number + city is the fallback.</summary>
public sealed record Address(string? Postcode, HouseNumber? Number, string? StreetKey, string? CityKey)
{
    private static readonly System.Text.RegularExpressions.Regex StreetWithNumber =
        new(@"^(?<street>.*?\D)\s*(?<number>\d+\s*[-/ ]?\s*[A-Za-z0-9]{0,4})\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public static Address? Create(string? street, string? houseNumber, string? postcode, string? city)
    {
        // Melders often type "Kerkstraat 12a" in the street field and leave the number empty.
        if (string.IsNullOrWhiteSpace(houseNumber) && !string.IsNullOrWhiteSpace(street))
        {
            var m = StreetWithNumber.Match(street);
            if (m.Success)
            {
                street = m.Groups["street"].Value;
                houseNumber = m.Groups["number"].Value;
            }
        }
        var pc = PostcodeNormalizer.Normalize(postcode);
        var nr = HouseNumber.Parse(houseNumber);
        var st = StreetNormalizer.Normalize(street);
        var ct = CityKeyOf(city);
        if (pc is null && st is null)
        {
            return ct is null ? null : new Address(null, null, null, ct);
        }
        // Without a number the street and postcode still say where someone lives, just not in which house.
        return new Address(pc, nr, st, ct);
    }

    public static string? CityKeyOf(string? city)
    {
        if (string.IsNullOrWhiteSpace(city))
        {
            return null;
        }
        var folded = TextFolding.Fold(city.Trim());
        var sb = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
        }
        var key = sb.ToString();
        // "Den Haag" and "'s-Gravenhage" are one city.
        return key switch
        {
            "" => null,
            "sgravenhage" or "gravenhage" or "thehague" => "denhaag",
            "sgravendeel" => "gravendeel",
            "shertogenbosch" or "hertogenbosch" => "denbosch",
            _ => key,
        };
    }

    /// <summary>True when a house-level key can be formed.</summary>
    public bool HasHouse => Number is not null && (Postcode is not null || StreetKey is not null);
}
