using System.ComponentModel;
using Schakel.Core.Signals;

namespace Schakel.Web.Features.Signals;

/// <summary>Body of POST /api/v1/signals. Codes come from the /api/v1/reference lists.</summary>
public sealed class SignalApiRequest
{
    [Description("Identifier the partner system gives this signal; a replay with the same clientId creates nothing new.")]
    public string? ClientId { get; set; }
    [Description("\"report\" (melding) or \"advice\" (adviesvraag).")]
    public string? Kind { get; set; }
    public string? MelderType { get; set; }
    public string? MelderName { get; set; }
    public string? MelderContact { get; set; }
    public DateOnly? ObservedOn { get; set; }
    [Description("Name of the municipality where the situation plays; empty sends it to the chain director.")]
    public string? Municipality { get; set; }
    public List<string>? Forms { get; set; }
    public string? Sector { get; set; }
    public List<string>? Indicators { get; set; }
    public string? Description { get; set; }
    public SignalApiAcute? Acute { get; set; }
    public List<SignalApiSubject>? Subjects { get; set; }
}

public sealed class SignalApiAcute
{
    [Description("\"police\", \"mayor\" or \"careCoordinator\".")]
    public string? By { get; set; }
    public string? Intervention { get; set; }
}

public sealed class SignalApiSubject
{
    [Description("\"victim\", \"perpetrator\" or \"other\".")]
    public string? Role { get; set; }
    public string? FullName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? AgeGroup { get; set; }
    public string? Gender { get; set; }
    public string? Nationality { get; set; }
    public string? Street { get; set; }
    public string? HouseNumber { get; set; }
    public string? Postcode { get; set; }
    public string? City { get; set; }
    public string? LivesIn { get; set; }
    public string? WorksIn { get; set; }
    public string? FoundIn { get; set; }
    public List<string>? Phones { get; set; }
    public List<string>? Emails { get; set; }
    public List<string>? Handles { get; set; }
    public List<string>? LicensePlates { get; set; }
    public List<string>? AdLinks { get; set; }

    /// <summary>
    /// Reads this JSON contract into the one person input. <paramref name="municipality"/> resolves a municipality name
    /// for the field with the given JSON key and records an error when it is unknown.
    /// </summary>
    internal SubjectDraft ToDraft(SubjectRole role, Func<(string? Name, string Key), int?> municipality) => new()
    {
        Role = role, FullName = FullName, DateOfBirth = DateOfBirth, AgeGroup = AgeGroup, Gender = Gender,
        Nationality = Nationality, Street = Street, HouseNumber = HouseNumber, Postcode = Postcode, City = City,
        LivesInMunicipalityId = municipality((LivesIn, "livesIn")),
        WorksInMunicipalityId = municipality((WorksIn, "worksIn")),
        FoundInMunicipalityId = municipality((FoundIn, "foundIn")),
        Phones = Lines(Phones), Emails = Lines(Emails), Handles = Lines(Handles), LicensePlates = Lines(LicensePlates), AdLinks = Lines(AdLinks),
    };

    private static string? Lines(List<string>? values) => values is null || values.Count == 0 ? null : string.Join('\n', values);
}

public sealed record SignalApiResponse(string Reference, string Status, bool Acute)
{
    /// <summary>The status as a person reads it; a partner key never sees a case, so a signal in a case reads neutrally.</summary>
    public string? StatusText { get; init; }
}
