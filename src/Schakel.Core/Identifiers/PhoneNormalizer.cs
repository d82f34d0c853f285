using PhoneNumbers;

namespace Schakel.Core.Identifiers;

/// <summary>
/// Brings Dutch and international phone numbers to E.164 ("+31612345678"). Validity and number type come from
/// libphonenumber's numbering-plan metadata (default region NL); the common Dutch mobile notations take a
/// shortcut that gives the same answer without the library's parsing cost.
/// </summary>
public static class PhoneNormalizer
{
    private const string DefaultRegion = "NL";
    private static readonly char[] ListSeparators = [';', ',', '/', '|', '\n'];
    private static readonly PhoneNumberUtil Library = PhoneNumberUtil.GetInstance();

    /// <summary>Normalises one number; null when it cannot be a phone number.</summary>
    public static string? Normalize(string? raw) => Normalize(raw, out _);

    /// <summary>
    /// Normalises one number; when it is not one, <paramref name="problem"/> says why in Dutch (null for an
    /// empty field, which is not a problem).
    /// </summary>
    public static string? Normalize(string? raw, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        Span<char> digits = stackalloc char[32];
        var n = 0;
        var plus = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '+' && n == 0)
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
                if (n == digits.Length)
                {
                    problem = $"telefoonnummer '{raw}' is te lang";
                    return null;
                }
                digits[n++] = c;
            }
            else if (char.IsLetter(c) && n > 0)
            {
                // "tel:", "mob." before the number are fine; letters after the first digit mean it is not a number.
                problem = $"telefoonnummer '{raw}' bevat letters";
                return null;
            }
        }
        if (n == 0)
        {
            problem = $"telefoonnummer '{raw}' bevat geen cijfers";
            return null;
        }
        ReadOnlySpan<char> d = digits[..n];
        var e164 = DutchMobileFastPath.TryNormalize(d, plus) ?? ParseWithLibrary(d, plus, raw, out problem);
        if (e164 is not null && IsFiller(e164))
        {
            problem = $"telefoonnummer '{raw}' is een opvulwaarde";
            return null;
        }
        return e164;
    }

    /// <summary>
    /// True for a normalised Dutch number that is not a mobile (+316, including pagers) or machine (+3197) number:
    /// a fixed line, VoIP, service or company number, typically shared by a household or a business.
    /// </summary>
    /// <remarks>
    /// Dutch number types follow from the first digits of the national number; a unit test checks this against
    /// libphonenumber's type for every valid prefix, so the linking hot path need not parse.
    /// </remarks>
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

    /// <summary>The libphonenumber reading of the digits: E.164 when the number exists in its country's plan.</summary>
    internal static string? ParseWithLibrary(ReadOnlySpan<char> digits, bool plus, string raw, out string? problem)
    {
        problem = null;
        PhoneNumber number;
        try
        {
            number = Library.Parse(plus ? string.Concat("+", digits) : digits.ToString(), DefaultRegion);
        }
        catch (NumberParseException e)
        {
            problem = e.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE => $"telefoonnummer '{raw}' heeft een onbekende landcode",
                ErrorType.TOO_LONG => $"telefoonnummer '{raw}' is te lang",
                _ => $"telefoonnummer '{raw}' is te kort",
            };
            return null;
        }
        if (Library.IsValidNumber(number))
        {
            return Library.Format(number, PhoneNumberFormat.E164);
        }
        problem = Library.IsPossibleNumberWithReason(number) switch
        {
            PhoneNumberUtil.ValidationResult.TOO_SHORT => $"telefoonnummer '{raw}' is te kort",
            PhoneNumberUtil.ValidationResult.TOO_LONG => $"telefoonnummer '{raw}' is te lang",
            PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => $"telefoonnummer '{raw}' heeft een onbekende landcode",
            PhoneNumberUtil.ValidationResult.INVALID_LENGTH => $"telefoonnummer '{raw}' heeft geen geldige lengte voor landcode +{number.CountryCode}",
            _ => $"telefoonnummer '{raw}' bestaat niet in het nummerplan van landcode +{number.CountryCode}",
        };
        return null;
    }

    // "06-11111111" and "+31 6 0000 0000" are typed to get past a required field, not to reach anyone.
    private static bool IsFiller(string e164) => e164.AsSpan(e164.Length - 7).IndexOfAnyExcept(e164[^1]) < 0;
}
