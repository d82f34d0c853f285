namespace Schakel.Web.Features.Import;

/// <summary>
/// A list of codes whose values in the file are the source's own: each distinct value is mapped once to a Schakel code
/// (<see cref="ImportMapping.Codes"/>), with a suggestion per value in the dry run.
/// </summary>
public enum ImportCodeList
{
    /// <summary>Schakel code: the municipality's organisation id, as text.</summary>
    Municipality = 1,
    /// <summary>Schakel code: an exploitation form code (reference list).</summary>
    Form = 2,
    Sector = 3,
    /// <summary>Schakel code: a <see cref="Schakel.Core.Signals.SignalStatus"/> name, or <see cref="ImportCodes.Open"/>.</summary>
    Status = 4,
    /// <summary>Schakel code: Report or AdviceQuestion.</summary>
    Kind = 5,
    MelderType = 6,
    /// <summary>Schakel code: V, M, X or ONBEKEND.</summary>
    Gender = 7,
    /// <summary>Schakel code: a <see cref="Schakel.Core.Signals.SubjectRole"/> name.</summary>
    Role = 8,
}

public static class ImportCodes
{
    /// <summary>The status code for "still open in the source": imported as closed history, reported per row (see docs/import.md).</summary>
    public const string Open = "OPEN";

    /// <summary>A value mapped to this is left empty in Schakel instead of refusing the row.</summary>
    public const string Ignore = "-";

    public static string Dutch(ImportCodeList list) => list switch
    {
        ImportCodeList.Municipality => "Gemeente",
        ImportCodeList.Form => "Vorm van uitbuiting",
        ImportCodeList.Sector => "Sector",
        ImportCodeList.Status => "Status of uitkomst",
        ImportCodeList.Kind => "Soort",
        ImportCodeList.MelderType => "Soort melder",
        ImportCodeList.Gender => "Geslacht",
        ImportCodeList.Role => "Rol van de persoon",
        _ => list.ToString(),
    };

    /// <summary>The field whose cells hold the values of <paramref name="list"/>.</summary>
    public static ImportField FieldOf(ImportCodeList list) => list switch
    {
        ImportCodeList.Municipality => ImportField.Municipality,
        ImportCodeList.Form => ImportField.Forms,
        ImportCodeList.Sector => ImportField.Sector,
        ImportCodeList.Status => ImportField.Status,
        ImportCodeList.Kind => ImportField.Kind,
        ImportCodeList.MelderType => ImportField.MelderType,
        ImportCodeList.Gender => ImportField.Gender,
        _ => ImportField.SubjectRole,
    };

    /// <summary>How source values are compared: trimmed, case and accents as typed ignored.</summary>
    public static string Normalise(string value) => value.Trim().ToUpperInvariant();
}
