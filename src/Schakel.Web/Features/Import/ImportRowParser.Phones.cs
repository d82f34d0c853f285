using System.Globalization;

namespace Schakel.Web.Features.Import;

public sealed partial class ImportRowParser
{
    /// <summary>The phone numbers of a cell, one a line, each restored to its Dutch form where Excel turned it into a number.</summary>
    private static string? PhoneLines(string? text) =>
        Lines(text) is { } lines ? string.Join("\n", lines.Split('\n').Select(DutchPhone).Distinct()) : null;

    /// <summary>
    /// A phone number typed into Excel without quotes is stored as a number and loses its leading 0 (0612345678 becomes
    /// 612345678) or its + (+31612345678 becomes 31612345678), sometimes written as 6.12345678E8. Only a value that is
    /// nothing but such a number is restored: 9 digits starting with 6 are a mobile number, 10 or 11 starting with 31 an
    /// international one, other 9 digits a landline number without its 0. Anything else is kept as written.
    /// </summary>
    public static string DutchPhone(string value)
    {
        var text = value.Trim();
        if (text.Length == 0 || !(char.IsAsciiDigit(text[0]) && decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var number)) || number != decimal.Truncate(number) || number <= 0)
        {
            return value;
        }
        var digits = number.ToString("0", CultureInfo.InvariantCulture);
        return digits switch
        {
            { Length: 9 } => "0" + digits,
            { Length: 10 or 11 } when digits.StartsWith("31", StringComparison.Ordinal) => "+" + digits,
            _ => value,
        };
    }
}
