namespace Schakel.Core.Identifiers;

/// <summary>Lower-cases e-mail addresses and removes gmail's ignored dots and "+tag".</summary>
public static class EmailNormalizer
{
    private static readonly char[] ListSeparators = [';', ',', ' ', '\n'];

    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        var s = raw.Trim().Trim('<', '>', '"', '\'').ToLowerInvariant();
        if (s.StartsWith("mailto:", StringComparison.Ordinal))
        {
            s = s[7..];
        }
        var at = s.IndexOf('@');
        if (at <= 0 || at != s.LastIndexOf('@') || at == s.Length - 1)
        {
            return null;
        }
        var local = s[..at];
        var domain = s[(at + 1)..].TrimEnd('.');
        if (!domain.Contains('.') || domain.StartsWith('.') || local.Contains(' ') || domain.Contains(' '))
        {
            return null;
        }
        // Only gmail is known to ignore dots and "+tag"; elsewhere these may be distinct mailboxes.
        if (domain is "gmail.com" or "googlemail.com")
        {
            var plus = local.IndexOf('+');
            if (plus >= 0)
            {
                local = local[..plus];
            }
            local = local.Replace(".", "", StringComparison.Ordinal);
            domain = "gmail.com";
            if (local.Length == 0)
            {
                return null;
            }
        }
        return string.Concat(local, "@", domain);
    }

    public static IReadOnlyList<string> NormalizeMany(string? raw, out bool hadInvalid)
    {
        hadInvalid = false;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }
        if (raw.AsSpan().Trim().IndexOfAny(ListSeparators) < 0)
        {
            var single = Normalize(raw);
            hadInvalid = single is null;
            return single is null ? [] : [single];
        }
        var parts = raw.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = new List<string>(1);
        foreach (var part in parts)
        {
            var e = Normalize(part);
            if (e is null)
            {
                hadInvalid = true;
            }
            else if (!result.Contains(e))
            {
                result.Add(e);
            }
        }
        return result;
    }
}
