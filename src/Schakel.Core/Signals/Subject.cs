namespace Schakel.Core.Signals;

/// <summary>
/// A person named in a signal. Everything is optional: weak signals often hold only a first name, a phone number or
/// a licence plate. Multi-valued identifiers are kept one per line.
/// </summary>
public class Subject
{
    public int Id { get; set; }
    public int SignalId { get; set; }
    public SubjectRole Role { get; set; } = SubjectRole.PossibleVictim;
    public string? FullName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? AgeGroup { get; set; }
    public string? Gender { get; set; }
    public string? Nationality { get; set; }
    public string? Street { get; set; }
    public string? HouseNumber { get; set; }
    public string? Postcode { get; set; }
    public string? City { get; set; }
    public int? LivesInMunicipalityId { get; set; }
    public int? WorksInMunicipalityId { get; set; }
    public int? FoundInMunicipalityId { get; set; }
    public string? Phones { get; set; }
    public string? Emails { get; set; }
    public string? Handles { get; set; }
    public string? LicensePlates { get; set; }
    public string? AdLinks { get; set; }
    public int Version { get; set; }
}
