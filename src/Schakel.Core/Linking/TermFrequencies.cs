namespace Schakel.Core.Linking;

/// <summary>
/// How many subjects carry each full name, name token and street: a shared rare surname is strong evidence, a shared
/// "de Vries" is not. Counts are of subjects, not rows.
/// </summary>
public sealed class TermFrequencies
{
    public TermFrequencies(int subjects, Dictionary<string, int> names, Dictionary<string, int> tokens, Dictionary<string, int> streets)
    {
        Subjects = subjects;
        Names = names;
        Tokens = tokens;
        Streets = streets;
    }

    public int Subjects { get; }

    /// <summary>Full names (the sorted token key).</summary>
    public IReadOnlyDictionary<string, int> Names { get; }

    public IReadOnlyDictionary<string, int> Tokens { get; }
    public IReadOnlyDictionary<string, int> Streets { get; }

    public static TermFrequencies Empty { get; } = new(0, [], [], []);

    public static TermFrequencies Count(IReadOnlyList<SubjectFeatures> subjects)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokens = new Dictionary<string, int>(StringComparer.Ordinal);
        var streets = new Dictionary<string, int>(StringComparer.Ordinal);
        // A subject counts once per value; its few names and addresses are checked against each other by a short scan.
        foreach (var s in subjects)
        {
            for (var i = 0; i < s.Names.Length; i++)
            {
                var n = s.Names[i];
                if (n.Tokens.Length > 0 && !Seen(s.Names, i, x => x.Key, n.Key))
                {
                    Increment(names, n.Key);
                }
                for (var t = 0; t < n.Tokens.Length; t++)
                {
                    if (!TokenSeen(s.Names, i, t))
                    {
                        Increment(tokens, n.Tokens[t]);
                    }
                }
            }
            for (var i = 0; i < s.Addresses.Length; i++)
            {
                var street = s.Addresses[i].StreetKey;
                if (street is not null && !Seen(s.Addresses, i, x => x.StreetKey, street))
                {
                    Increment(streets, street);
                }
            }
        }
        return new TermFrequencies(subjects.Count, names, tokens, streets);
    }

    /// <summary>A value carried by fewer subjects than this is not stored with a model: it would name a person.</summary>
    public const int MinStoredCount = 5;

    /// <summary>
    /// Only values carried by at least <see cref="MinStoredCount"/> subjects: the common names and streets that a stored
    /// model needs to discount. Rarer values are scored as rare, which is what they are, and no stored model lists the
    /// name of one person (a model version outlives erased signals).
    /// </summary>
    public TermFrequencies Shared() => new(Subjects, Keep(Names), Keep(Tokens), Keep(Streets));

    /// <summary>
    /// The chance that another subject carries the value that <paramref name="count"/> subjects carry, shrunk towards the
    /// level's average chance <paramref name="average"/> with 4/average pseudo-subjects: a name seen twice among a hundred
    /// subjects is not "common", while among a million the counts speak for themselves.
    /// </summary>
    public double Frequency(int count, double average)
    {
        var pseudo = 4.0 / Math.Max(average, 1e-9);
        return (Math.Max(count - 1, 0) + (pseudo * average)) / (Math.Max(Subjects - 1, 0) + pseudo);
    }

    /// <summary>
    /// How much the rarity of the pair's shared name and street moves its weight, in bits: log2(u / tf) at the levels
    /// where the shared value is the evidence (<see cref="PairComparison.NameTerm"/>, <see cref="PairComparison.StreetTerm"/>).
    /// </summary>
    public (double Name, double Street) Adjustment(in PairComparison c, double[][] u)
    {
        if (Subjects == 0)
        {
            return (0, 0);
        }
        var name = 0.0;
        if (c.NameTerm is not null)
        {
            var average = u[(int)ComparisonField.Name][c.Level(ComparisonField.Name)];
            name = Math.Log2(average / Frequency(CountOf(c.NameTermIsFullName ? Names : Tokens, c.NameTerm), average));
        }
        var street = 0.0;
        if (c.StreetTerm is not null)
        {
            var average = u[(int)ComparisonField.Address][(int)AddressLevel.Street];
            street = Math.Log2(average / Frequency(CountOf(Streets, c.StreetTerm), average));
        }
        return (name, street);
    }

    public static int CountOf(IReadOnlyDictionary<string, int> table, string value) => table.TryGetValue(value, out var c) ? c : 1;

    private static bool Seen<T>(T[] items, int before, Func<T, string?> value, string v)
    {
        for (var j = 0; j < before; j++)
        {
            if (string.Equals(value(items[j]), v, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool TokenSeen(Normalization.PersonName[] names, int name, int token)
    {
        var v = names[name].Tokens[token];
        for (var i = 0; i <= name; i++)
        {
            var tokens = names[i].Tokens;
            var end = i == name ? token : tokens.Length;
            for (var t = 0; t < end; t++)
            {
                if (string.Equals(tokens[t], v, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static void Increment(Dictionary<string, int> d, string key)
    {
        ref var c = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(d, key, out _);
        c++;
    }

    private static Dictionary<string, int> Keep(IReadOnlyDictionary<string, int> d)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (k, v) in d)
        {
            if (v >= MinStoredCount)
            {
                result[k] = v;
            }
        }
        return result;
    }
}
