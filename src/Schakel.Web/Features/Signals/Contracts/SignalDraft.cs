using Schakel.Core.Signals;

namespace Schakel.Web.Features.Signals.Contracts;

/// <summary>What a melder fills in, whichever way the signal arrives (app, public form, API, phone).</summary>
public sealed class SignalDraft
{
    public SignalKind Kind { get; set; } = SignalKind.Report;
    public string? MelderTypeCode { get; set; }
    public string? MelderName { get; set; }
    public string? MelderContact { get; set; }
    public DateOnly? ObservedOn { get; set; }
    public int? MunicipalityId { get; set; }
    public List<string> FormCodes { get; set; } = [];
    public string? SectorCode { get; set; }
    public List<string> IndicatorCodes { get; set; } = [];
    public string? Description { get; set; }
    public bool IsAcute { get; set; }
    public AcuteActor? AcuteBy { get; set; }
    public string? AcuteIntervention { get; set; }
    public List<SubjectDraft> Subjects { get; set; } = [];
}

public sealed class SubjectDraft
{
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

    /// <summary>An untouched subject block of the form is not a subject.</summary>
    public bool IsEmpty =>
        new[] { FullName, AgeGroup, Gender, Nationality, Street, HouseNumber, Postcode, City, Phones, Emails, Handles, LicensePlates, AdLinks }
            .All(string.IsNullOrWhiteSpace)
        && DateOfBirth is null && LivesInMunicipalityId is null && WorksInMunicipalityId is null && FoundInMunicipalityId is null;
}
