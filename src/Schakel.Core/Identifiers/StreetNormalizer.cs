namespace Schakel.Core.Identifiers;

/// <summary>
/// A comparison key for street names: abbreviations written out ("Burg. v. Leeuwenln." →
/// "burgemeestervanleeuwenlaan"), diacritics removed, spaces and punctuation dropped because
/// "Van Goghstraat" and "Vangoghstraat" are the same street.
/// </summary>
public static class StreetNormalizer
{
    private static readonly char[] Separators = [' ', '.', '-', ',', '\'', '’', '/', '\t'];

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["v"] = "van", ["vd"] = "vander", ["burg"] = "burgemeester", ["pr"] = "prins", ["kon"] = "koning",
        ["mr"] = "meester", ["dr"] = "dokter", ["prof"] = "professor", ["gen"] = "generaal", ["st"] = "sint",
        ["str"] = "straat", ["ln"] = "laan", ["wg"] = "weg", ["pln"] = "plein", ["pl"] = "plein", ["kd"] = "kade",
        ["gr"] = "gracht", ["dk"] = "dijk", ["sngl"] = "singel", ["hof"] = "hof",
    };

    // Suffix abbreviations glued to the name ("Kerkstr.", "Stationsln"); none of these endings is a Dutch word ending.
    private static readonly (string Short, string Long)[] Suffixes =
    [
        ("str", "straat"), ("ln", "laan"), ("wg", "weg"), ("pln", "plein"), ("kd", "kade"), ("gr", "gracht"), ("dk", "dijk"),
    ];

    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        var folded = TextFolding.Fold(raw);
        var words = folded.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var sb = new System.Text.StringBuilder(folded.Length + 8);
        foreach (var w in words)
        {
            if (Words.TryGetValue(w, out var full))
            {
                sb.Append(full);
                continue;
            }
            var replaced = false;
            foreach (var (shortForm, longForm) in Suffixes)
            {
                if (w.Length > shortForm.Length + 2 && w.EndsWith(shortForm, StringComparison.Ordinal))
                {
                    sb.Append(w.AsSpan(0, w.Length - shortForm.Length)).Append(longForm);
                    replaced = true;
                    break;
                }
            }
            if (!replaced)
            {
                foreach (var c in w)
                {
                    if (char.IsLetterOrDigit(c))
                    {
                        sb.Append(c);
                    }
                }
            }
        }
        return sb.Length == 0 ? null : sb.ToString();
    }
}
