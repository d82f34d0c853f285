using System.Runtime.CompilerServices;
namespace Schakel.Core.Ads;

/// <summary>
/// Picks the names ads introduce ("Ik ben Anna", "my name is Kim"). Several names behind one phone
/// number is how one operator advertising several women shows up; a missed name only weakens that
/// indicator, so the extractor prefers missing a name over inventing one.
/// </summary>
public static class NameExtractor
{
    // Strong introductions are followed by a name even when written in lower case.
    private static readonly string[][] StrongIntros =
    [
        ["my", "name", "is"], ["mijn", "naam", "is"], ["ik", "heet"], ["i", "am", "called"],
    ];

    // Weak introductions ("ik ben nieuw") need a capital letter to be taken as a name. Greetings ("Hallo
    // Heren") are left out on purpose: what follows them is usually the reader, not the writer.
    private static readonly string[][] WeakIntros =
    [
        ["ik", "ben"], ["i", "am"], ["i", "m"], ["im"], ["this", "is"], ["dit", "is"], ["hier", "is"],
        ["meet"], ["call", "me"], ["noem", "me"], ["naam"], ["name"],
    ];

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "de", "het", "een", "new", "nieuw", "nieuwe", "sexy", "hot", "lekker", "lekkere",
        "mooie", "mooi", "beautiful", "pretty", "young", "jong", "jonge", "here", "hier", "back", "terug",
        "weer", "again", "available", "beschikbaar", "ready", "klaar", "your", "je", "jouw", "uw", "so", "zo",
        "very", "erg", "heel", "echt", "real", "really", "in", "from", "uit", "van", "for", "voor", "not",
        "niet", "no", "geen", "just", "net", "pas", "only", "alleen", "escort", "lady", "dame", "girl",
        "meisje", "meid", "vrouw", "woman", "student", "studente", "model", "massage", "open", "online",
        "also", "ook", "always", "altijd", "naughty", "ondeugend", "horny", "geil", "geile", "wild",
        "discreet", "discrete", "ik", "i", "me", "you", "u", "jij", "and", "en", "with", "met", "waiting",
        "looking", "visiting", "ben", "is", "am", "vandaag", "today", "tonight", "vanavond", "now", "nu",
        "there", "daar", "all", "allemaal", "guys", "heren", "schat", "baby", "honey", "lieverd", "everyone",
        "iedereen", "what", "wat", "she", "zij", "ze", "her", "haar", "our", "onze", "this", "dit", "deze",
        "sweet", "lief", "lieve", "zoete", "petite", "tiny", "teen", "tiener", "blonde", "blond", "brunette",
        "top", "vip", "hoer", "bitch", "mature", "milf", "party", "fun", "nice", "leuk", "leuke",
        "kom", "come", "call", "bel", "text", "sms", "whatsapp", "app", "dag", "nacht", "day", "night",
        "gentlemen", "gents", "boys", "jongens", "mannen", "men", "man", "schatjes", "schatje", "lieverds", "darling",
        "dear", "sweetie", "love", "liefje", "lovers", "friends", "vrienden", "wachtend",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameLookup =
        NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>First words of introductions; the vocabulary tags them so most words are skipped by id.</summary>
    internal static readonly IReadOnlyList<string> IntroStarts =
        StrongIntros.Concat(WeakIntros).Select(i => i[0]).Distinct(StringComparer.Ordinal).ToList();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<string> Extract(TokenizedText text)
    {
        List<string>? names = null;
        for (var i = 0; i < text.Count; i++)
        {
            if (!text.Vocabulary.StartsIntroduction(text.Ids[i]))
            {
                continue;
            }
            var after = MatchIntro(text, i, StrongIntros);
            var strong = after >= 0;
            if (!strong)
            {
                after = MatchIntro(text, i, WeakIntros);
            }
            if (after < 0)
            {
                continue;
            }
            var name = NameAt(text, after, strong);
            if (name is not null)
            {
                names ??= [];
                if (!names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }
        return names ?? (IReadOnlyList<string>)[];
    }

    private static int MatchIntro(TokenizedText text, int at, string[][] intros)
    {
        foreach (var intro in intros)
        {
            if (at + intro.Length > text.Count)
            {
                continue;
            }
            var ok = true;
            for (var k = 0; k < intro.Length && ok; k++)
            {
                ok = text.FoldedWord(at + k).SequenceEqual(intro[k]);
            }
            if (ok)
            {
                return at + intro.Length;
            }
        }
        return -1;
    }

    private static string? NameAt(TokenizedText text, int at, bool strong)
    {
        // Allow one or two adjectives between the introduction and the name ("ik ben de sexy Anna").
        for (var skipped = 0; skipped <= 2 && at < text.Count; skipped++, at++)
        {
            if (text.IsBoundary(at))
            {
                return null;
            }
            var word = text.FoldedWord(at);
            if (NotNameLookup.Contains(word))
            {
                continue;
            }
            if (word.Length is < 2 or > 20 || word.ContainsAnyExceptInRange('a', 'z'))
            {
                return null;
            }
            if (!strong && !char.IsUpper(text.OriginalWord(at)[0]))
            {
                return null;
            }
            return word.ToString();
        }
        return null;
    }
}
