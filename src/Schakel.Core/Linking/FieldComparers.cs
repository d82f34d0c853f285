using Schakel.Core.Linking.Normalization;

namespace Schakel.Core.Linking;

/// <summary>
/// Agreement level of two normalised values of one field. The levels are what the model learns weights for; nothing here
/// decides how much a level counts.
/// </summary>
public static class FieldComparers
{
    /// <summary>Jaro-Winkler band above which two tokens are the same name up to a typo.</summary>
    public const double CloseBand = 0.92;

    /// <summary>Jaro-Winkler band above which two tokens are loosely alike.</summary>
    public const double LooseBand = 0.80;

    public static double Similarity(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) ? 1 : JaroWinkler.Similarity(a, b);

    /// <summary>The level, and the token whose rarity says how much a partial agreement is worth (null when none).</summary>
    public static NameLevel Compare(PersonName a, PersonName b) => Compare(a, b, out _);

    public static NameLevel Compare(PersonName a, PersonName b, out string? sharedToken)
    {
        sharedToken = null;
        if (a.Tokens.Length == 0 || b.Tokens.Length == 0)
        {
            return NameLevel.Missing;
        }
        if (string.Equals(a.Key, b.Key, StringComparison.Ordinal) || string.Equals(a.Joined, b.Joined, StringComparison.Ordinal))
        {
            // A single name ("de Vries", "Mohamed") that agrees is a surname or a first name, not a person.
            if (a.Tokens.Length == 1 && b.Tokens.Length == 1)
            {
                sharedToken = a.Tokens[0];
                return a.Initials.Length > 0 && b.Initials.Length > 0 && !InitialsFit(a.Initials, b.Initials) ? NameLevel.OneToken : NameLevel.Single;
            }
            return NameLevel.Exact;
        }
        Span<bool> usedA = stackalloc bool[a.Tokens.Length];
        Span<bool> usedB = stackalloc bool[b.Tokens.Length];
        int exact = 0, close = 0, loose = 0;
        for (var i = 0; i < a.Tokens.Length; i++)
        {
            for (var j = 0; j < b.Tokens.Length; j++)
            {
                if (!usedB[j] && string.Equals(a.Tokens[i], b.Tokens[j], StringComparison.Ordinal))
                {
                    usedA[i] = usedB[j] = true;
                    exact++;
                    if (sharedToken is null || string.CompareOrdinal(a.Tokens[i], sharedToken) < 0)
                    {
                        sharedToken = a.Tokens[i];
                    }
                    break;
                }
            }
        }
        // Then the closest remaining pairs, best first, so that "Anna Anne" against "Anne Anna" pairs each with itself.
        while (true)
        {
            var best = LooseBand;
            int bi = -1, bj = -1;
            var bestClose = false;
            for (var i = 0; i < a.Tokens.Length; i++)
            {
                if (usedA[i])
                {
                    continue;
                }
                for (var j = 0; j < b.Tokens.Length; j++)
                {
                    if (usedB[j])
                    {
                        continue;
                    }
                    var canon = string.Equals(a.Canon[i], b.Canon[j], StringComparison.Ordinal);
                    var sim = canon ? 1.0 : Similarity(a.Tokens[i], b.Tokens[j]);
                    var skeleton = !canon && sim < LooseBand && a.Skeletons[i].Length >= 3
                        && string.Equals(a.Skeletons[i], b.Skeletons[j], StringComparison.Ordinal)
                        && Math.Min(a.Tokens[i].Length, b.Tokens[j].Length) >= 5;
                    if (skeleton)
                    {
                        sim = LooseBand;
                    }
                    if (sim > best || (sim == best && bi < 0))
                    {
                        best = sim;
                        bi = i;
                        bj = j;
                        bestClose = canon || (sim >= CloseBand && Math.Min(a.Tokens[i].Length, b.Tokens[j].Length) >= 4);
                    }
                }
            }
            if (bi < 0)
            {
                break;
            }
            usedA[bi] = usedB[bj] = true;
            if (bestClose)
            {
                close++;
            }
            else
            {
                loose++;
            }
        }
        var matched = exact + close + loose;
        if (matched == 0)
        {
            return NameLevel.Different;
        }
        var restA = a.Tokens.Length - matched;
        var restB = b.Tokens.Length - matched;
        if (restA == 0 && restB == 0)
        {
            if (matched == 1)
            {
                // One token each: "Mohamed"/"Mohamed", or a single name with its typo.
                return a.Initials.Length > 0 && b.Initials.Length > 0
                    ? (InitialsFit(a.Initials, b.Initials) ? NameLevel.Initials : NameLevel.OneToken)
                    : loose > 0 ? NameLevel.Similar : NameLevel.Single;
            }
            return loose > 0 ? NameLevel.Similar : NameLevel.Close;
        }
        if (restA > 0 && restB > 0)
        {
            return exact + close > 0 ? NameLevel.OneToken : NameLevel.Different;
        }
        var shorter = restA == 0 ? a : b;
        var longer = restA == 0 ? b : a;
        if (shorter.Initials.Length > 0)
        {
            var usedLonger = restA == 0 ? usedB : usedA;
            return InitialsFit(shorter.Initials, longer, usedLonger) ? NameLevel.Initials : NameLevel.OneToken;
        }
        if (matched == 1)
        {
            return exact + close > 0 ? NameLevel.Single : NameLevel.Different;
        }
        return loose > 0 ? NameLevel.Similar : NameLevel.Extra;
    }

    private static bool InitialsFit(string initials, string otherInitials)
    {
        foreach (var c in initials)
        {
            if (!otherInitials.Contains(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool InitialsFit(string initials, PersonName other, ReadOnlySpan<bool> otherUsed)
    {
        foreach (var c in initials)
        {
            var found = other.Initials.Contains(c);
            for (var j = 0; !found && j < other.Tokens.Length; j++)
            {
                found = !otherUsed[j] && other.Tokens[j][0] == c;
            }
            if (!found)
            {
                return false;
            }
        }
        return true;
    }

    public static DateLevel Compare(DateOfBirth a, DateOfBirth b)
    {
        if (a.IsYearOnly || b.IsYearOnly)
        {
            return a.Year == b.Year ? DateLevel.Year : DateLevel.Different;
        }
        if (a == b)
        {
            return DateLevel.Exact;
        }
        if (a.Year == b.Year && a.Day == b.Month && a.Month == b.Day)
        {
            return DateLevel.Swapped;
        }
        Span<char> x = stackalloc char[8];
        Span<char> y = stackalloc char[8];
        Digits(a, x);
        Digits(b, y);
        return EditDistance.Bounded(x, y, 2) switch
        {
            1 => DateLevel.OneEdit,
            2 => DateLevel.TwoEdits,
            _ => DateLevel.Different,
        };
    }

    /// <summary>yyyymmdd as digits, the way a date is typed, so that a typo is one edit.</summary>
    private static void Digits(DateOfBirth d, Span<char> to)
    {
        var v = (d.Year * 10_000) + (d.Month * 100) + d.Day;
        for (var i = 7; i >= 0; i--, v /= 10)
        {
            to[i] = (char)('0' + (v % 10));
        }
    }

    /// <summary>How two parts of an address compare: not known on both sides, equal, equal up to a typo, or different.</summary>
    private enum Part { Unknown, Equal, Near, Differs }

    public static AddressLevel Compare(Address a, Address b)
    {
        var postcode = ComparePostcode(a.Postcode, b.Postcode);
        var street = CompareText(a.StreetKey, b.StreetKey, 0.88);
        var city = CompareText(a.CityKey, b.CityKey, 0.88);
        var numberKnown = a.Number is not null && b.Number is not null;
        if (!numberKnown && postcode == Part.Unknown && street == Part.Unknown && city == Part.Unknown)
        {
            return AddressLevel.Missing;
        }
        var sameNumber = numberKnown && a.Number!.Value.Number == b.Number!.Value.Number;
        var anyEqual = postcode == Part.Equal || street == Part.Equal;
        var anyAgree = anyEqual || postcode == Part.Near || street == Part.Near;
        var anyDiffers = postcode == Part.Differs || street == Part.Differs || city == Part.Differs;
        if (sameNumber && anyAgree)
        {
            if (anyEqual && !anyDiffers && postcode != Part.Near && street != Part.Near && city != Part.Near)
            {
                var addA = a.Number!.Value.Addition;
                var addB = b.Number!.Value.Addition;
                return addA == addB || addA.Length == 0 || addB.Length == 0 ? AddressLevel.Exact : AddressLevel.Building;
            }
            return anyDiffers ? AddressLevel.Partial : AddressLevel.Near;
        }
        if (postcode == Part.Equal || (street == Part.Equal && city != Part.Differs))
        {
            return AddressLevel.Street;
        }
        if (city is Part.Equal or Part.Near || SameArea(a.Postcode, b.Postcode))
        {
            return AddressLevel.Locality;
        }
        return AddressLevel.Different;
    }

    /// <summary>Same street key, for the street's rarity.</summary>
    public static bool SameStreet(Address a, Address b) => a.StreetKey is not null && a.StreetKey == b.StreetKey;

    private static Part ComparePostcode(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return Part.Unknown;
        }
        // A postcode of four digits only ("1234") agrees with any full Dutch postcode in that area.
        if (a == b || (a.Length == 4 && b.Length == 6 && b.StartsWith(a, StringComparison.Ordinal))
            || (b.Length == 4 && a.Length == 6 && a.StartsWith(b, StringComparison.Ordinal)))
        {
            return Part.Equal;
        }
        return a.Length == b.Length && EditDistance.Bounded(a, b, 1) <= 1 ? Part.Near : Part.Differs;
    }

    private static bool SameArea(string? a, string? b) =>
        a is { Length: >= 4 } && b is { Length: >= 4 } && a.Length == 6 && b.Length == 6 && a.AsSpan(0, 4).SequenceEqual(b.AsSpan(0, 4));

    private static Part CompareText(string? a, string? b, double band)
    {
        if (a is null || b is null)
        {
            return Part.Unknown;
        }
        if (a == b)
        {
            return Part.Equal;
        }
        return Similarity(a, b) >= band ? Part.Near : Part.Differs;
    }
}
