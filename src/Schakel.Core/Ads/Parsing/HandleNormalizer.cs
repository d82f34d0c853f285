using System.Runtime.CompilerServices;

namespace Schakel.Core.Ads;

/// <summary>
/// Makes handles comparable: "@Lisa_NL", "https://www.instagram.com/lisa_nl/" and "lisa_nl" are one
/// account, so case, the @ sign, URL prefixes and trailing paths are removed.
/// </summary>
public static class HandleNormalizer
{
    private static readonly string[] PathPrefixes = ["add/", "u/", "user/", "users/", "profile/", "profiel/", "@"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ParseOutcome<string> Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return ParseOutcome.Empty<string>();
        }

        var h = raw.Trim().ToLowerInvariant();
        var scheme = h.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            h = h[(scheme + 3)..];
        }
        if (h.StartsWith("www.", StringComparison.Ordinal))
        {
            h = h[4..];
        }

        // A domain before the first slash ("instagram.com/naam", "t.me/naam") is not part of the handle.
        var slash = h.IndexOf('/');
        if (slash > 0 && h[..slash].Contains('.'))
        {
            h = h[(slash + 1)..];
            foreach (var prefix in PathPrefixes)
            {
                if (h.StartsWith(prefix, StringComparison.Ordinal))
                {
                    h = h[prefix.Length..];
                }
            }
        }

        var end = h.IndexOfAny(['/', '?', '#']);
        if (end >= 0)
        {
            h = h[..end];
        }
        h = h.TrimStart('@').Trim();

        if (h.Length == 0)
        {
            return ParseOutcome.Fail<string>($"handle '{raw}' bevat geen naam");
        }
        foreach (var c in h)
        {
            if (char.IsWhiteSpace(c))
            {
                return ParseOutcome.Fail<string>($"handle '{raw}' bevat spaties");
            }
        }
        return ParseOutcome.Ok(h);
    }
}
