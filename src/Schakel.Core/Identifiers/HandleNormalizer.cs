namespace Schakel.Core.Identifiers;

/// <summary>
/// Reduces an online handle to its bare account name: "@Lisa_X ", "instagram.com/lisa_x/" and
/// "https://www.tiktok.com/@lisa_x" all become "lisa_x". The platform is dropped on purpose: the same
/// account name on two platforms is, in this domain, usually the same person or operator.
/// </summary>
public static class HandleNormalizer
{
    private static readonly char[] ListSeparators = [';', ',', ' ', '\n'];

    // Path segments in front of the account name in profile links ("snapchat.com/add/naam", "site.nl/profiel/naam").
    private static readonly string[] PathPrefixes = ["add", "u", "user", "users", "profile", "profiel"];

    public static string? Normalize(string? raw) => Normalize(raw, out _);

    /// <summary>
    /// Normalises one handle; when it holds no account name, <paramref name="problem"/> says why in Dutch (null for
    /// an empty field, which is not a problem).
    /// </summary>
    public static string? Normalize(string? raw, out string? problem)
    {
        problem = null;
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
            // A profile URL: the account is the first path segment after any "add/", "user/" and the like.
            var segments = s[(slash + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries);
            var i = segments.Length > 1 && PathPrefixes.Contains(segments[0]) ? 1 : 0;
            s = i < segments.Length ? segments[i] : "";
        }
        s = s.Trim().TrimStart('@').TrimEnd('/').Trim();
        if (s.AsSpan().IndexOfAny(" \t") >= 0)
        {
            problem = $"handle '{raw}' bevat spaties";
            return null;
        }
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
        if (n < 3)
        {
            problem = n == 0 ? $"handle '{raw}' bevat geen naam" : $"handle '{raw}' is te kort voor een accountnaam";
            return null;
        }
        return new string(buf[..n]);
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
