namespace Schakel.Core.Csv;

/// <summary>
/// The formula guard for every cell a spreadsheet may open: a text starting with =, +, -, @, a tab or a carriage
/// return would be run as a formula (CSV injection), so it gets a leading apostrophe and is shown as text.
/// </summary>
public static class SpreadsheetCell
{
    private static readonly System.Buffers.SearchValues<char> Triggers = System.Buffers.SearchValues.Create("=+-@\t\r");
    private static readonly System.Buffers.SearchValues<char> NumberParts = System.Buffers.SearchValues.Create("0123456789 .");

    public static string Safe(string value) =>
        value.Length > 0 && Triggers.Contains(value[0]) && !IsNumbers(value) ? "'" + value : value;

    /// <summary>
    /// Signed numbers (a count, "+31612345678", a list of phone numbers) cannot run anything and are read as numbers
    /// by the tools that consume the files, so they stay as they are.
    /// </summary>
    private static bool IsNumbers(string value) =>
        value.Split(';').All(part =>
            part.TrimStart('+', '-') is { Length: > 0 } digits && part.Length - digits.Length <= 1
            && digits.AsSpan().IndexOfAnyExcept(NumberParts) < 0 && digits.Any(char.IsAsciiDigit));
}
