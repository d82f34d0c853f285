namespace Schakel.Core.Figures;

/// <summary>
/// The rows of the nationality table: a fixed list of countries, then "Overig" and "Onbekend". The list is fixed (not
/// the countries that happen to occur) because a row that appears only when someone has that nationality tells that
/// someone does; every other country is counted under "Overig".
/// </summary>
public static class NationalityFigures
{
    public const string Other = "OVERIG";
    public const string Unknown = "ONBEKEND";

    public static readonly IReadOnlyList<string> Listed =
        ["NL", "PL", "RO", "BG", "HU", "LT", "UA", "MD", "NG", "ER", "MA", "SY", "TR", "CN", "VN", "TH", "PH", "IN", "BR", "SR"];

    /// <summary>The row code for a stored alpha-2 code (or null): itself when listed, otherwise other or unknown.</summary>
    public static string Row(string? countryCode) =>
        countryCode is null ? Unknown : Listed.Contains(countryCode, StringComparer.Ordinal) ? countryCode : Other;

    public static IReadOnlyList<(string Code, string Label)> Rows =>
        [.. Listed.Select(c => (c, NationalityGroups.CountryName(c))).OrderBy(r => r.Item2, StringComparer.Create(new System.Globalization.CultureInfo("nl-NL"), false)),
         (Other, "Overig"), (Unknown, "Onbekend of staatloos")];
}
