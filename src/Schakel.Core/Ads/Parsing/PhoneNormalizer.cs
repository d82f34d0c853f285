using System.Runtime.CompilerServices;

namespace Schakel.Core.Ads;

/// <summary>
/// Brings the many ways a phone number is written in ads (06-12345678, +31 6 1234 5678,
/// 0031612345678, 06.12.34.56.78) to one E.164 form, because the phone number is the key that links ads.
/// </summary>
public static class PhoneNormalizer
{
    private const string NetherlandsCountryCode = "31";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ParseOutcome<string> Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return ParseOutcome.Empty<string>();
        }

        // "+31 (0)6 …" is a common hybrid: the (0) is the trunk prefix and must go before reading digits.
        var text = raw.Replace("(0)", "", StringComparison.Ordinal);
        Span<char> digits = stackalloc char[32];
        var count = 0;
        var plus = false;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                if (count == digits.Length)
                {
                    return ParseOutcome.Fail<string>($"telefoonnummer '{raw}' is te lang");
                }
                digits[count++] = c;
            }
            else if (c == '+' && count == 0)
            {
                plus = true;
            }
            else if (char.IsLetter(c))
            {
                return ParseOutcome.Fail<string>($"telefoonnummer '{raw}' bevat letters");
            }
        }

        var d = digits[..count].ToString();
        string international;
        if (plus)
        {
            international = d;
        }
        else if (d.StartsWith("00", StringComparison.Ordinal))
        {
            international = d[2..];
        }
        else if (d.StartsWith('0') && d.Length == 10)
        {
            international = NetherlandsCountryCode + d[1..];
        }
        else if (d.StartsWith('6') && d.Length == 9)
        {
            // Dutch mobile written without the trunk 0 (6 12345678) – common in ads.
            international = NetherlandsCountryCode + d;
        }
        else if (d.StartsWith(NetherlandsCountryCode, StringComparison.Ordinal) && d.Length == 11)
        {
            international = d;
        }
        else
        {
            return ParseOutcome.Fail<string>($"telefoonnummer '{raw}' is niet te herkennen");
        }

        if (international.StartsWith("310", StringComparison.Ordinal))
        {
            // +31 06… : trunk 0 written after the country code.
            international = NetherlandsCountryCode + international[3..];
        }

        if (international.Length is < 8 or > 15 || international[0] == '0')
        {
            return ParseOutcome.Fail<string>($"telefoonnummer '{raw}' heeft geen geldige lengte");
        }
        if (international.StartsWith(NetherlandsCountryCode, StringComparison.Ordinal) && international.Length != 11)
        {
            return ParseOutcome.Fail<string>($"Nederlands telefoonnummer '{raw}' heeft niet 9 cijfers na +31");
        }
        if (international.AsSpan(international.Length - 7).IndexOfAnyExcept(international[^1]) < 0)
        {
            return ParseOutcome.Fail<string>($"telefoonnummer '{raw}' is een opvulwaarde");
        }
        return ParseOutcome.Ok("+" + international);
    }
}
