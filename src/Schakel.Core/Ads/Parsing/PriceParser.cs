using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Schakel.Core.Ads;

/// <summary>
/// Reads prices as ads state them ("€ 50", "50,-", "50 euro", "150.00", "1.000", "vanaf 80").
/// Dutch writes "1.000" for a thousand and "12,50" for a decimal, English the other way round; a
/// separator followed by exactly three digits is therefore read as a thousands separator.
/// </summary>
public static partial class PriceParser
{
    public const decimal MaxPlausible = 10_000m;

    [GeneratedRegex(@"(-\s*)?(\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ParseOutcome<decimal> Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return ParseOutcome.Empty<decimal>();
        }

        var match = NumberPattern().Match(raw);
        if (!match.Success)
        {
            return ParseOutcome.Fail<decimal>($"prijs '{raw}' bevat geen bedrag");
        }
        if (match.Groups[1].Success)
        {
            return ParseOutcome.Fail<decimal>($"prijs '{raw}' is negatief");
        }

        var value = ToDecimal(match.Groups[2].Value);
        if (value is null)
        {
            return ParseOutcome.Fail<decimal>($"prijs '{raw}' is niet te lezen");
        }
        if (value <= 0)
        {
            return ParseOutcome.Fail<decimal>($"prijs '{raw}' is nul");
        }
        if (value > MaxPlausible)
        {
            return ParseOutcome.Fail<decimal>($"prijs '{raw}' is onwaarschijnlijk hoog");
        }
        return ParseOutcome.Ok(value.Value);
    }

    private static decimal? ToDecimal(string number)
    {
        var s = number.Replace(" ", "", StringComparison.Ordinal);
        var lastDot = s.LastIndexOf('.');
        var lastComma = s.LastIndexOf(',');
        var decimalSeparator = -1;
        if (lastDot >= 0 && lastComma >= 0)
        {
            decimalSeparator = Math.Max(lastDot, lastComma);
        }
        else
        {
            var only = Math.Max(lastDot, lastComma);
            if (only >= 0 && s.Length - only - 1 != 3)
            {
                decimalSeparator = only;
            }
        }

        var integerPart = decimalSeparator >= 0 ? s[..decimalSeparator] : s;
        var fraction = decimalSeparator >= 0 ? s[(decimalSeparator + 1)..] : "";
        integerPart = integerPart.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        var canonical = fraction.Length > 0 ? integerPart + "." + fraction : integerPart;
        return decimal.TryParse(canonical, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
