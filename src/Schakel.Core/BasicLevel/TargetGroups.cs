namespace Schakel.Core.BasicLevel;

/// <summary>The groups trained at municipalities and partners; fixed codes so counts per group add up across the region.</summary>
public static class TargetGroups
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("BOA", "Boa's en handhaving"),
        ("KCC", "Klantcontactcentrum (KCC)"),
        ("WIJKTEAM", "Sociaal wijkteam"),
        ("SCHOLEN", "Scholen en onderwijs"),
        ("JONGERENWERK", "Jongerenwerk"),
        ("ZORG", "Zorg en hulpverlening"),
        ("VERGUNNINGEN", "Vergunningverlening en toezicht"),
        ("WERK_INKOMEN", "Werk en inkomen"),
        ("BESTUUR", "Bestuur en management"),
        ("ONDERNEMERS", "Ondernemers (horeca, hotels, uitzendbureaus)"),
        ("KETENPARTNERS", "Ketenpartners"),
        ("OVERIG", "Overig"),
    ];

    public static bool IsKnown(string? code) => code is not null && All.Any(g => g.Code == code);

    public static string Label(string code) => All.FirstOrDefault(g => g.Code == code).Label ?? code;
}
