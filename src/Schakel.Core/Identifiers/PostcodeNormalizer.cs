namespace Schakel.Core.Identifiers;

/// <summary>Dutch postcodes as "1234AB"; other postcodes kept as upper-case letters and digits.</summary>
public static class PostcodeNormalizer
{
    public static string? Normalize(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? null : UpperAlphanumeric.Of(raw, 3, 10);

    /// <summary>True for a complete Dutch postcode: four digits (not starting with 0) and two letters.</summary>
    public static bool IsDutch(string? normalized) =>
        normalized is { Length: 6 } p
        && p[0] is >= '1' and <= '9' && char.IsAsciiDigit(p[1]) && char.IsAsciiDigit(p[2]) && char.IsAsciiDigit(p[3])
        && char.IsAsciiLetterUpper(p[4]) && char.IsAsciiLetterUpper(p[5]);
}
