namespace Schakel.Core.Identifiers;

/// <summary>Dutch postcodes as "1234AB"; other postcodes kept as upper-case letters and digits.</summary>
public static class PostcodeNormalizer
{
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        Span<char> buf = stackalloc char[Math.Min(raw.Length, 16)];
        var n = 0;
        foreach (var c in raw)
        {
            if (n == buf.Length)
            {
                break;
            }
            if (c is >= '0' and <= '9' or >= 'A' and <= 'Z')
            {
                buf[n++] = c;
            }
            else if (c is >= 'a' and <= 'z')
            {
                buf[n++] = (char)(c - 32);
            }
        }
        return n is >= 3 and <= 10 ? new string(buf[..n]) : null;
    }

    /// <summary>True for a complete Dutch postcode: four digits (not starting with 0) and two letters.</summary>
    public static bool IsDutch(string? normalized) =>
        normalized is { Length: 6 } p
        && p[0] is >= '1' and <= '9' && char.IsAsciiDigit(p[1]) && char.IsAsciiDigit(p[2]) && char.IsAsciiDigit(p[3])
        && char.IsAsciiLetterUpper(p[4]) && char.IsAsciiLetterUpper(p[5]);
}
