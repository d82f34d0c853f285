namespace Schakel.Core.Signals;

/// <summary>Age groups as the dashboards and the CoMensha export count them.</summary>
public static class AgeGroups
{
    public const string Minor = "MINDERJARIG";
    public const string Age18To23 = "18-23";
    public const string Age24To30 = "24-30";
    public const string Age31To50 = "31-50";
    public const string Age51Plus = "51+";
    public const string Unknown = "ONBEKEND";

    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        (Minor, "Minderjarig (< 18)"), (Age18To23, "18 - 23 jaar"), (Age24To30, "24 - 30 jaar"),
        (Age31To50, "31 - 50 jaar"), (Age51Plus, "51 jaar en ouder"), (Unknown, "Onbekend"),
    ];

    public static string FromDateOfBirth(DateOnly dateOfBirth, DateOnly on)
    {
        var age = on.Year - dateOfBirth.Year - (on < dateOfBirth.AddYears(on.Year - dateOfBirth.Year) ? 1 : 0);
        return age switch
        {
            < 18 => Minor,
            <= 23 => Age18To23,
            <= 30 => Age24To30,
            <= 50 => Age31To50,
            _ => Age51Plus,
        };
    }

    public static bool IsKnown(string code) => All.Any(a => a.Code == code);
}
