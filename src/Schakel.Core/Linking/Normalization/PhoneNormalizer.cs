namespace Schakel.Core.Linking.Normalization;

/// <summary>Brings Dutch and international phone numbers to E.164 ("+31612345678").</summary>
public static class PhoneNormalizer
{
    private static readonly char[] ListSeparators = [';', ',', '/', '|', '\n'];

    /// <summary>Normalises one number; null when it cannot be a phone number.</summary>
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        var digits = new char[Math.Min(raw.Length, 64)];
        var n = 0;
        var plus = false;
        var seenDigit = false;
        for (var i = 0; i < raw.Length && n < digits.Length; i++)
        {
            var c = raw[i];
            if (c == '+' && !seenDigit)
            {
                plus = true;
            }
            else if (c == '(' && i + 2 < raw.Length && raw[i + 1] == '0' && raw[i + 2] == ')' && (plus || n > 0))
            {
                // "+31 (0)6 ..." : the bracketed trunk zero is not dialled from abroad.
                i += 2;
            }
            else if (c is >= '0' and <= '9')
            {
                digits[n++] = c;
                seenDigit = true;
            }
            else if (char.IsLetter(c))
            {
                // "tel", "mob" prefixes are fine; letters after the first digit mean it is not a number.
                if (seenDigit)
                {
                    return null;
                }
            }
        }
        ReadOnlySpan<char> d = digits.AsSpan(0, n);
        ReadOnlySpan<char> international;
        if (plus)
        {
            international = d;
        }
        else if (d.StartsWith("00"))
        {
            international = d[2..];
        }
        else if (d.StartsWith("0"))
        {
            return d.Length == 10 && d[1] != '0' ? string.Concat("+31", d[1..]) : null;
        }
        else if (d.Length == 9 && d[0] == '6')
        {
            // A mobile number written without its trunk zero ("6 12345678").
            return string.Concat("+31", d);
        }
        else if (d.Length == 11 && d.StartsWith("31"))
        {
            international = d;
        }
        else
        {
            return null;
        }

        if (international.StartsWith("310"))
        {
            // "+31 06 ..." : the trunk zero was kept by mistake.
            international = string.Concat("31", international[3..]);
        }
        if (international.StartsWith("31"))
        {
            return international.Length == 11 && international[2] != '0' ? string.Concat("+", international) : null;
        }
        return international.Length is >= 8 and <= 15 && international[0] != '0'
            ? string.Concat("+", international)
            : null;
    }

    /// <summary>
    /// True for a normalised Dutch number that is not a mobile (+316) or machine (+3197) number: a fixed
    /// line or VoIP number, typically shared by a household or a business.
    /// </summary>
    public static bool IsDutchLandline(string e164) =>
        e164.StartsWith("+31", StringComparison.Ordinal) && !e164.StartsWith("+316", StringComparison.Ordinal)
        && !e164.StartsWith("+3197", StringComparison.Ordinal);

    /// <summary>
    /// Splits a field that may hold several numbers ("06-1234 5678 / 020-1234567"); a separator inside one
    /// number ("06/12345678") is recognised because the pieces would not be numbers themselves.
    /// </summary>
    public static IReadOnlyList<string> NormalizeMany(string? raw, out bool hadInvalid)
    {
        hadInvalid = false;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }
        if (raw.IndexOfAny(ListSeparators) < 0)
        {
            var single = Normalize(raw);
            hadInvalid = single is null;
            return single is null ? [] : [single];
        }
        var parts = raw.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = new List<string>(parts.Length);
        var invalid = 0;
        foreach (var part in parts)
        {
            var p = Normalize(part);
            if (p is null)
            {
                invalid++;
            }
            else if (!result.Contains(p))
            {
                result.Add(p);
            }
        }
        if (invalid > 0)
        {
            var whole = Normalize(raw);
            if (whole is not null)
            {
                return [whole];
            }
            hadInvalid = true;
        }
        return result;
    }
}
