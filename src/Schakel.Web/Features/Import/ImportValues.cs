using System.Globalization;
using System.Text.RegularExpressions;

namespace Schakel.Web.Features.Import;

/// <summary>How a cell's text becomes a value: dates as Dutch or ISO text or as Excel serial numbers, lists of phones.</summary>
public static partial class ImportValues
{
    private static readonly string[] DateFormats =
    [
        "d-M-yyyy", "dd-MM-yyyy", "yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy", "d.M.yyyy", "dd.MM.yyyy", "yyyy/MM/dd",
        "d-M-yyyy H:mm", "d-M-yyyy H:mm:ss", "yyyy-MM-dd H:mm", "yyyy-MM-dd H:mm:ss", "yyyy-MM-ddTH:mm:ss", "d/M/yyyy H:mm",
        "d MMMM yyyy", "d MMM yyyy",
    ];

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>A date from text (31-12-2019, 2019-12-31, 31/12/2019, 31 december 2019) or an Excel serial number (43830).</summary>
    public static bool TryDate(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var value = text.Trim();
        if (DateTime.TryParseExact(value, DateFormats, Dutch, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }
        // Excel stores a date as the days since 30-12-1899; a time of day is the fraction.
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
            return true;
        }
        return false;
    }

    /// <summary>Several values in one cell (phones, e-mails, plates, forms): split on line ends, ';', ',' and '/'.</summary>
    public static IEnumerable<string> Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(['\n', '\r', ';', ',', '/', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"Kerkstraat 12a" → ("Kerkstraat", "12a"); an address without a number stays whole in the street.</summary>
    public static (string? Street, string? HouseNumber) Address(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }
        var match = AddressPattern().Match(text.Trim());
        return match.Success ? (match.Groups[1].Value.Trim().TrimEnd(','), match.Groups[2].Value.Trim()) : (text.Trim(), null);
    }

    /// <summary>An Excel number the file stored as 1.0E3 or 612345678.0 written as people write it: phone numbers keep their digits.</summary>
    public static string? Text(string? cell) => string.IsNullOrWhiteSpace(cell) ? null : cell.Trim();

    [GeneratedRegex(@"^(.*\D)\s+(\d+\s?[a-zA-Z]?(?:[-\s]?\w{1,4})?)$")]
    private static partial Regex AddressPattern();
}
