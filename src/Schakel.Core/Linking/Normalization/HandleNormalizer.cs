namespace Schakel.Core.Linking.Normalization;

/// <summary>
/// Reduces an online handle to its bare account name: "@Lisa_X ", "instagram.com/lisa_x/" and
/// "https://www.tiktok.com/@lisa_x" all become "lisa_x". The platform is dropped on purpose: the same
/// account name on two platforms is, in this domain, usually the same person or operator.
/// </summary>
public static class HandleNormalizer
{
    private static readonly char[] ListSeparators = [';', ',', ' ', '\n'];

    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        var s = raw.Trim().ToLowerInvariant();
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            s = s[(scheme + 3)..];
        }
        if (s.StartsWith("www.", StringComparison.Ordinal))
        {
            s = s[4..];
        }
        var cut = s.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            s = s[..cut];
        }
        var slash = s.IndexOf('/');
        if (slash >= 0 && s[..slash].Contains('.'))
        {
            // A profile URL: take the first path segment, skipping the "add/" of snapchat links.
            var segments = s[(slash + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries);
            s = segments.Length switch
            {
                0 => "",
                > 1 when segments[0] is "add" or "u" or "user" => segments[1],
                _ => segments[0],
            };
        }
        s = s.Trim().TrimStart('@').TrimEnd('/');
        Span<char> buf = stackalloc char[Math.Min(s.Length, 128)];
        var n = 0;
        foreach (var c in s)
        {
            if (n == buf.Length)
            {
                break;
            }
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '.' or '-' || (c > 127 && char.IsLetterOrDigit(c)))
            {
                buf[n++] = c;
            }
        }
        // One- and two-letter "handles" are noise ("x", "nl"), not accounts.
        return n < 3 ? null : new string(buf[..n]);
    }

    public static IReadOnlyList<string> NormalizeMany(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }
        var parts = raw.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = new List<string>(1);
        foreach (var part in parts)
        {
            var h = Normalize(part);
            if (h is not null && !result.Contains(h))
            {
                result.Add(h);
            }
        }
        return result;
    }
}
