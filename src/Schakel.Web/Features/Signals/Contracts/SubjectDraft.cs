using Schakel.Core.Signals;

namespace Schakel.Web.Features.Signals.Contracts;

/// <summary>
/// The one input model of a person: the signal forms, the API (after reading its JSON contract), a correction and an
/// enrichment all fill this, <see cref="SignalValidator.ValidateSubject(SubjectDraft, ReferenceSnapshot, DateOnly)"/>
/// checks it, and <see cref="ApplyTo"/> is the only place that writes it onto a stored <see cref="Subject"/>.
/// </summary>
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

    /// <summary>What a stored person looks like in the form, for a correction.</summary>
    public static SubjectDraft From(Subject s) => new()
    {
        Role = s.Role, FullName = s.FullName, DateOfBirth = s.DateOfBirth, AgeGroup = s.AgeGroup, Gender = s.Gender, Nationality = s.Nationality,
        Street = s.Street, HouseNumber = s.HouseNumber, Postcode = s.Postcode, City = s.City, LivesInMunicipalityId = s.LivesInMunicipalityId,
        WorksInMunicipalityId = s.WorksInMunicipalityId, FoundInMunicipalityId = s.FoundInMunicipalityId, Phones = s.Phones, Emails = s.Emails,
        Handles = s.Handles, LicensePlates = s.LicensePlates, AdLinks = s.AdLinks,
    };

    /// <summary>A new person from this input; <paramref name="today"/> derives the age group from a date of birth.</summary>
    public Subject ToSubject(DateOnly today)
    {
        var subject = new Subject();
        ApplyTo(subject, today);
        return subject;
    }

    /// <summary>Writes the cleaned input onto a person, every field, so a correction can also empty one.</summary>
    public void ApplyTo(Subject s, DateOnly today)
    {
        s.Role = Role;
        s.FullName = Clean(FullName);
        s.DateOfBirth = DateOfBirth;
        s.AgeGroup = Clean(AgeGroup) ?? (DateOfBirth is { } dob ? AgeGroups.FromDateOfBirth(dob, today) : null);
        s.Gender = Clean(Gender);
        s.Nationality = Clean(Nationality);
        s.Street = Clean(Street);
        s.HouseNumber = Clean(HouseNumber);
        s.Postcode = Clean(Postcode)?.ToUpperInvariant();
        s.City = Clean(City);
        s.LivesInMunicipalityId = LivesInMunicipalityId;
        s.WorksInMunicipalityId = WorksInMunicipalityId;
        s.FoundInMunicipalityId = FoundInMunicipalityId;
        s.Phones = SignalValidator.NormaliseLines(Phones);
        s.Emails = SignalValidator.NormaliseLines(Emails);
        s.Handles = SignalValidator.NormaliseLines(Handles);
        s.LicensePlates = SignalValidator.NormaliseLines(LicensePlates);
        s.AdLinks = SignalValidator.NormaliseLines(AdLinks);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
