using System.Globalization;

namespace Schakel.Core.Ads;

/// <summary>
/// Reads the claimed age ("19", "19 jaar", "21 years"). Ages under 18 are kept, not discarded: a
/// claimed minor is the strongest signal an ad can carry. Only impossible ages are dropped.
/// </summary>
public static class AgeParser
{
    public const int MinPlausible = 12;
    public const int MaxPlausible = 99;

    public static ParseOutcome<int> Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return ParseOutcome.Empty<int>();
        }

        var s = raw.Trim();
        var negative = s.StartsWith('-');
        var start = negative ? 1 : 0;
        var end = start;
        while (end < s.Length && char.IsAsciiDigit(s[end]))
        {
            end++;
        }
        if (end == start || end - start > 4 || !int.TryParse(s.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var age))
        {
            return ParseOutcome.Fail<int>($"leeftijd '{raw}' is geen getal");
        }
        if (negative || age < MinPlausible || age > MaxPlausible)
        {
            return ParseOutcome.Fail<int>($"leeftijd '{raw}' is onmogelijk");
        }
        return ParseOutcome.Ok(age);
    }
}
