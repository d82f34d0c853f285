namespace Schakel.Core.Identifiers;

/// <summary>
/// A house number with its addition ("toevoeging"): "12-a", "12 A" and "12a" are (12, "A"); "12-II" and
/// "12 2 hoog" are (12, "2"); "12 hs" is (12, "HS"); "12 bis" is (12, "BIS").
/// </summary>
public readonly record struct HouseNumber(int Number, string Addition)
{
    private static readonly string[] FloorSuffixes = ["HOOG", "HG", "ETAGE", "ET", "E"];

    public static HouseNumber? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        var s = raw.AsSpan().Trim();
        var i = 0;
        while (i < s.Length && !char.IsAsciiDigit(s[i]))
        {
            i++;
        }
        var start = i;
        var number = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]) && number < 1_000_000)
        {
            number = number * 10 + (s[i] - '0');
            i++;
        }
        if (i == start || number == 0)
        {
            return null;
        }
        return new HouseNumber(number, NormalizeAddition(s[i..]));
    }

    private static string NormalizeAddition(ReadOnlySpan<char> rest)
    {
        Span<char> buf = stackalloc char[Math.Min(rest.Length, 32)];
        var n = 0;
        foreach (var c in rest)
        {
            if (n == buf.Length)
            {
                break;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                buf[n++] = char.ToUpperInvariant(c);
            }
        }
        if (n == 0)
        {
            return string.Empty;
        }
        var a = new string(buf[..n]);
        // Floors are written many ways ("II", "2e", "2hg", "2 hoog", "2e etage"); keep only the number.
        foreach (var suffix in FloorSuffixes)
        {
            if (a.Length > suffix.Length && a.EndsWith(suffix, StringComparison.Ordinal) && !a.AsSpan(0, a.Length - suffix.Length).ContainsAnyExceptInRange('0', '9'))
            {
                a = a[..^suffix.Length];
                break;
            }
        }
        return a switch
        {
            "I" => "1",
            "II" => "2",
            "III" => "3",
            "IV" => "4",
            "V" => "5",
            "HUIS" or "H" => "HS",
            "BOVEN" or "BOV" => "BOV",
            _ => a,
        };
    }

    public override string ToString() => Addition.Length == 0 ? Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Number}-{Addition}";
}
