using Schakel.Core.Linking.Normalization;

namespace Schakel.Core.Linking;

/// <summary>Agreement level of two normalised values of one field.</summary>
public static class FieldComparers
{
    public static NameLevel Compare(PersonName a, PersonName b)
    {
        if (a.Tokens.Length == 0 || b.Tokens.Length == 0)
        {
            return NameLevel.Missing;
        }
        Span<bool> usedA = stackalloc bool[a.Tokens.Length];
        Span<bool> usedB = stackalloc bool[b.Tokens.Length];
        int exact = 0, fuzzy = 0;
        for (var i = 0; i < a.Tokens.Length; i++)
        {
            for (var j = 0; j < b.Tokens.Length; j++)
            {
                if (!usedB[j] && string.Equals(a.Tokens[i], b.Tokens[j], StringComparison.Ordinal))
                {
                    usedA[i] = usedB[j] = true;
                    exact++;
                    break;
                }
            }
        }
        for (var i = 0; i < a.Tokens.Length; i++)
        {
            if (usedA[i])
            {
                continue;
            }
            for (var j = 0; j < b.Tokens.Length; j++)
            {
                if (!usedB[j] && TokensSimilar(a, i, b, j))
                {
                    usedA[i] = usedB[j] = true;
                    fuzzy++;
                    break;
                }
            }
        }
        // Last resort: one typo in a short token ("Emua"/"Emma"). Siblings' names differ like that too
        // (Anna/Anne), so such a match only counts as the weaker "similar" level.
        var weak = 0;
        for (var i = 0; i < a.Tokens.Length; i++)
        {
            if (usedA[i])
            {
                continue;
            }
            for (var j = 0; j < b.Tokens.Length; j++)
            {
                if (!usedB[j] && WeaklySimilar(a, i, b, j))
                {
                    usedA[i] = usedB[j] = true;
                    weak++;
                    break;
                }
            }
        }
        fuzzy += weak;
        var matched = exact + fuzzy;
        if (weak > 0 && exact == 0 && fuzzy == weak)
        {
            // Only short-typo matches: too weak to say anything.
            return NameLevel.Different;
        }
        if (matched == 0)
        {
            return NameLevel.Different;
        }
        var restA = a.Tokens.Length - matched;
        var restB = b.Tokens.Length - matched;
        if (restA == 0 && restB == 0)
        {
            if (matched >= 2)
            {
                return fuzzy == 0 ? NameLevel.Exact : weak > 0 ? NameLevel.Similar : NameLevel.Fuzzy;
            }
            if (a.Initials.Length > 0 && b.Initials.Length > 0)
            {
                return InitialsFit(a.Initials, b.Initials, b, usedB) || InitialsFit(b.Initials, a.Initials, a, usedA)
                    ? NameLevel.Initials
                    : NameLevel.Conflict;
            }
            return NameLevel.Partial;
        }
        if (restA > 0 && restB > 0)
        {
            // Same surname but another first name: typically a relative, evidence against.
            return NameLevel.Conflict;
        }
        var shortName = restA == 0 ? a : b;
        if (shortName.Initials.Length > 0)
        {
            var fits = restA == 0 ? InitialsFit(a.Initials, b.Initials, b, usedB) : InitialsFit(b.Initials, a.Initials, a, usedA);
            return fits ? NameLevel.Initials : NameLevel.Conflict;
        }
        // A middle name or second surname on one side only ("Jan Pieter de Vries", "Jansen-de Vries").
        return matched >= 2 ? (weak > 0 ? NameLevel.Similar : NameLevel.Fuzzy) : NameLevel.Partial;
    }

    private static bool InitialsFit(string initials, string otherInitials, PersonName other, ReadOnlySpan<bool> otherUsed)
    {
        foreach (var c in initials)
        {
            var found = otherInitials.Contains(c);
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

    /// <summary>
    /// One typo in a short token ("Emua"/"Emma"), or the same consonant skeleton in longer tokens, which
    /// catches transliterations (Mohamed/Muhammad, Youssef/Yusuf).
    /// </summary>
    private static bool WeaklySimilar(PersonName a, int i, PersonName b, int j)
    {
        var ta = a.Tokens[i];
        var tb = b.Tokens[j];
        if (Math.Min(ta.Length, tb.Length) >= 3 && EditDistance.Bounded(ta, tb, 1) <= 1)
        {
            return true;
        }
        return a.Skeletons[i].Length >= 3 && string.Equals(a.Skeletons[i], b.Skeletons[j], StringComparison.Ordinal)
            && Math.Min(ta.Length, tb.Length) >= 5;
    }

    private static bool TokensSimilar(PersonName a, int i, PersonName b, int j)
    {
        if (string.Equals(a.Canon[i], b.Canon[j], StringComparison.Ordinal))
        {
            return true;
        }
        var ta = a.Tokens[i];
        var tb = b.Tokens[j];
        var min = Math.Min(ta.Length, tb.Length);
        // Short names differ by one letter too often between siblings (Anna/Anne, Sem/Sam) to count as a typo.
        if (min >= 5 && EditDistance.Bounded(ta, tb, 1) <= 1)
        {
            return true;
        }
        return min >= 9 && EditDistance.Bounded(ta, tb, 2) <= 2;
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
        var differing = (a.Year != b.Year ? 1 : 0) + (a.Month != b.Month ? 1 : 0) + (a.Day != b.Day ? 1 : 0);
        if (differing == 1
            && (a.Year == b.Year || OneDigitApart(a.Year, b.Year, 4))
            && (a.Month == b.Month || OneDigitApart(a.Month, b.Month, 2))
            && (a.Day == b.Day || OneDigitApart(a.Day, b.Day, 2)))
        {
            return DateLevel.Close;
        }
        return DateLevel.Different;
    }

    private static bool OneDigitApart(int x, int y, int width)
    {
        var diff = 0;
        for (var i = 0; i < width; i++, x /= 10, y /= 10)
        {
            if (x % 10 != y % 10)
            {
                diff++;
            }
        }
        return diff == 1;
    }

    public static AddressLevel Compare(Address a, Address b)
    {
        if (!a.HasHouse || !b.HasHouse)
        {
            return AddressLevel.Missing;
        }
        bool sameHouse;
        if (a.Postcode is not null && b.Postcode is not null)
        {
            // A postcode of four digits only ("1234") agrees with any full postcode in that area.
            var samePostcode = a.Postcode == b.Postcode
                || (a.Postcode.Length == 4 && b.Postcode.StartsWith(a.Postcode, StringComparison.Ordinal))
                || (b.Postcode.Length == 4 && a.Postcode.StartsWith(b.Postcode, StringComparison.Ordinal));
            sameHouse = samePostcode && a.Number!.Value.Number == b.Number!.Value.Number;
        }
        else if (a.StreetKey is not null && b.StreetKey is not null)
        {
            sameHouse = a.StreetKey == b.StreetKey && a.Number!.Value.Number == b.Number!.Value.Number
                && (a.CityKey is null || b.CityKey is null || a.CityKey == b.CityKey);
        }
        else
        {
            return AddressLevel.Missing;
        }
        if (!sameHouse)
        {
            return AddressLevel.Different;
        }
        var addA = a.Number!.Value.Addition;
        var addB = b.Number!.Value.Addition;
        return addA == addB || addA.Length == 0 || addB.Length == 0 ? AddressLevel.Exact : AddressLevel.Building;
    }
}
