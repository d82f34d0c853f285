namespace Schakel.Web.Features.Import;

/// <summary>
/// A field of Schakel that a column of an import file can fill. Signal fields come from the first row of a signal;
/// person fields from every row (consecutive rows with the same <see cref="SourceKey"/> are one signal with one person
/// per row).
/// </summary>
public enum ImportField
{
    /// <summary>The source's own number of the signal; without it the row number is the key.</summary>
    SourceKey = 1,
    /// <summary>Datum melding: the day the signal was received (required).</summary>
    ReceivedOn = 2,
    /// <summary>Gemeente: a municipality of the region (required), through the code mapping.</summary>
    Municipality = 3,
    /// <summary>Vorm(en) van uitbuiting; several in one cell separated by ',', ';' or '/'.</summary>
    Forms = 4,
    Sector = 5,
    /// <summary>Melding or adviesvraag; empty is melding.</summary>
    Kind = 6,
    /// <summary>Status or outcome in the source, mapped to a Schakel status.</summary>
    Status = 7,
    ClosedOn = 8,
    /// <summary>The outcome as text (kept as written).</summary>
    Outcome = 9,
    Description = 10,
    MelderType = 11,
    ObservedOn = 12,
    SubjectName = 20,
    DateOfBirth = 21,
    Gender = 22,
    Nationality = 23,
    Phone = 24,
    Email = 25,
    /// <summary>Street and house number in one cell, or the whole address.</summary>
    Address = 26,
    Postcode = 27,
    City = 28,
    LicensePlate = 29,
    /// <summary>Possible victim, possible perpetrator or other; empty is possible victim.</summary>
    SubjectRole = 30,
}

/// <summary>The Dutch name of each field and the column headers that mean it, for the mapping screen and the guesser.</summary>
public static class ImportFields
{
    public static IReadOnlyList<ImportField> All { get; } = Enum.GetValues<ImportField>();

    /// <summary>Fields a row needs; a row without them is refused.</summary>
    public static IReadOnlyList<ImportField> Required { get; } = [ImportField.ReceivedOn, ImportField.Municipality];

    public static bool IsPersonField(ImportField field) => (int)field >= 20;

    public static string Dutch(ImportField field) => field switch
    {
        ImportField.SourceKey => "Nummer in de bron",
        ImportField.ReceivedOn => "Datum melding",
        ImportField.Municipality => "Gemeente",
        ImportField.Forms => "Vorm van uitbuiting",
        ImportField.Sector => "Sector",
        ImportField.Kind => "Soort (melding of adviesvraag)",
        ImportField.Status => "Status of uitkomst",
        ImportField.ClosedOn => "Datum afgesloten",
        ImportField.Outcome => "Uitkomst (tekst)",
        ImportField.Description => "Omschrijving",
        ImportField.MelderType => "Soort melder",
        ImportField.ObservedOn => "Datum waarneming",
        ImportField.SubjectName => "Naam persoon",
        ImportField.DateOfBirth => "Geboortedatum",
        ImportField.Gender => "Geslacht",
        ImportField.Nationality => "Nationaliteit",
        ImportField.Phone => "Telefoon",
        ImportField.Email => "E-mail",
        ImportField.Address => "Adres",
        ImportField.Postcode => "Postcode",
        ImportField.City => "Woonplaats",
        ImportField.LicensePlate => "Kenteken",
        ImportField.SubjectRole => "Rol van de persoon",
        _ => field.ToString(),
    };
}
