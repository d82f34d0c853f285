using System.Text.Json;
using Schakel.Core.Signals;

namespace Schakel.Web.Features.Import;

/// <summary>What an import wrote on a signal, kept before an update replaces it, so a rollback puts it back exactly.</summary>
public sealed record ImportSnapshot(HistoricSignal Values, int? BatchId, string? Hash, List<Subject> Subjects)
{
    public static ImportSnapshot Of(Signal s) => new(
        new HistoricSignal(s.Kind, s.MelderTypeCode, s.ReceivedAt, s.ObservedOn, s.MunicipalityId ?? 0, s.SectorCode, s.Description, s.Status, s.Outcome,
            s.ClosedAt ?? s.ReceivedAt, s.Forms.Select(f => f.FormCode).ToList()),
        s.ImportBatchId, s.ImportHash, s.Subjects.Select(Copy).ToList());

    public string ToJson() => JsonSerializer.Serialize(this);

    public static ImportSnapshot FromJson(string json) => JsonSerializer.Deserialize<ImportSnapshot>(json)!;

    /// <summary>A new, unsaved person with the same values.</summary>
    public static Subject Copy(Subject s) => new()
    {
        Role = s.Role, FullName = s.FullName, DateOfBirth = s.DateOfBirth, AgeGroup = s.AgeGroup, Gender = s.Gender, Nationality = s.Nationality,
        Street = s.Street, HouseNumber = s.HouseNumber, Postcode = s.Postcode, City = s.City, LivesInMunicipalityId = s.LivesInMunicipalityId,
        WorksInMunicipalityId = s.WorksInMunicipalityId, FoundInMunicipalityId = s.FoundInMunicipalityId, Phones = s.Phones, Emails = s.Emails,
        Handles = s.Handles, LicensePlates = s.LicensePlates, AdLinks = s.AdLinks,
    };
}
