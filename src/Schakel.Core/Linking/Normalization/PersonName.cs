using Schakel.Core.Identifiers;

namespace Schakel.Core.Linking.Normalization;

/// <summary>
/// A person's name reduced to what identifies it: an order-free, sorted set of significant name tokens
/// (tussenvoegsels dropped), plus the initials. Order is dropped on purpose: "de Vries, Jan",
/// "Vries, Jan de", "Jan de Vries" and a transposed "Vries Jan" are the same tokens.
/// </summary>
public sealed class PersonName
{
    private static readonly char[] Separators = [' ', ',', '-', '_', '/', '\t', '(', ')', '"', ';'];

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "de", "der", "den", "het", "te", "ter", "ten", "in", "op", "aan", "bij", "uit", "onder", "voor",
        "over", "la", "le", "les", "du", "da", "di", "del", "della", "dos", "das", "do", "von", "vom", "zu", "zur",
        "el", "al", "vd", "vander", "vanden", "vande", "y",
    };

    // Forms of address, titles and placeholders ("onbekend", "N.N.") say nothing about who someone is.
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "dhr", "mevr", "mw", "mevrouw", "meneer", "heer", "mr", "dr", "drs", "ir", "ing", "prof", "sr", "jr", "jun", "sen",
        "onbekend", "unknown", "anoniem", "anonymous", "nn", "xx", "xxx", "niet", "bekend", "geen", "naam", "nvt",
    };

    private PersonName(string[] tokens, string initials, string joined)
    {
        Tokens = tokens;
        Joined = joined;
        Canon = new string[tokens.Length];
        Skeletons = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            Canon[i] = DutchPhonetic.Canon(tokens[i]);
            Skeletons[i] = DutchPhonetic.Skeleton(Canon[i]);
        }
        Initials = initials;
        Key = string.Join(' ', tokens);
    }

    /// <summary>Significant tokens, folded, sorted ordinally.</summary>
    public string[] Tokens { get; }

    /// <summary>Spelling-variant code per token (aligned with <see cref="Tokens"/>).</summary>
    public string[] Canon { get; }

    /// <summary>Coarse sound code per token, for blocking only.</summary>
    public string[] Skeletons { get; }

    /// <summary>Initials written as such ("J.P."), sorted; not the first letters of full tokens.</summary>
    public string Initials { get; }

    /// <summary>
    /// The letters of the significant tokens in the order written, without spaces: "Jac ob Lanyon" and "Jacob Lanyon"
    /// are one name typed with a stray space.
    /// </summary>
    public string Joined { get; }

    /// <summary>The sorted tokens joined by a space: equal keys are an exact name match.</summary>
    public string Key { get; }

    public static PersonName? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        var folded = TextFolding.Fold(raw);
        var parts = folded.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var tokens = new List<string>(parts.Length);
        var initials = new List<char>(2);
        for (var p = 0; p < parts.Length; p++)
        {
            var part = parts[p];
            if (part is "'t" or "’t" or "'s" or "’s" or "v.d." or "v.d" or "v/d")
            {
                continue;
            }
            // "v." before a surname is the abbreviation of "van", not an initial.
            if (part is "v." && p > 0 && p < parts.Length - 1)
            {
                continue;
            }
            if (part.Contains('.'))
            {
                var pieces = part.Split('.', StringSplitOptions.RemoveEmptyEntries);
                var allInitials = pieces.Length > 0 && Array.TrueForAll(pieces, x => x.Length == 1);
                if (allInitials)
                {
                    foreach (var piece in pieces)
                    {
                        if (char.IsLetter(piece[0]))
                        {
                            initials.Add(piece[0]);
                        }
                    }
                    continue;
                }
                foreach (var piece in pieces)
                {
                    AddToken(piece, tokens, initials);
                }
                continue;
            }
            AddToken(part, tokens, initials);
        }
        if (tokens.Count == 0 && initials.Count == 0)
        {
            return null;
        }
        var joined = string.Concat(tokens);
        tokens.Sort(StringComparer.Ordinal);
        if (tokens.Count > 6)
        {
            tokens.RemoveRange(6, tokens.Count - 6);
        }
        initials.Sort();
        return new PersonName([.. tokens], new string([.. initials]), joined);
    }

    private static void AddToken(string part, List<string> tokens, List<char> initials)
    {
        Span<char> buf = stackalloc char[Math.Min(part.Length, 64)];
        var n = 0;
        foreach (var c in part)
        {
            if (n < buf.Length && char.IsLetter(c))
            {
                buf[n++] = c;
            }
        }
        if (n == 0)
        {
            return;
        }
        if (n == 1)
        {
            initials.Add(buf[0]);
            return;
        }
        var token = new string(buf[..n]);
        if (!Particles.Contains(token) && !Titles.Contains(token))
        {
            tokens.Add(token);
        }
    }

    public override string ToString() => Initials.Length == 0 ? Key : $"{Key} [{Initials}]";
}
