namespace Schakel.Core.Signals;

/// <summary>The genders a subject can be registered with; codes are stored, labels are what users read.</summary>
public static class GenderCodes
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
        [("V", "Vrouw"), ("M", "Man"), ("X", "Anders / non-binair"), ("ONBEKEND", "Onbekend")];
}
