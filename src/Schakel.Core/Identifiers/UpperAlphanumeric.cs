namespace Schakel.Core.Identifiers;

/// <summary>The ASCII letters and digits of a value in upper case: the comparable form of plates and postcodes.</summary>
internal static class UpperAlphanumeric
{
    /// <summary>The key, or null when it is shorter than <paramref name="min"/> or longer than <paramref name="max"/>.</summary>
    public static string? Of(string raw, int min, int max)
    {
        Span<char> buf = stackalloc char[Math.Min(raw.Length, max + 1)];
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
        return n >= min && n <= max ? new string(buf[..n]) : null;
    }
}
