using Schakel.Core.Signals;
using Schakel.Web.Features.Signals.Contracts;

namespace Schakel.Web.Features.Table;

/// <summary>
/// What the pre-round shows of a person so that each partner can look them up in the own systems, as the Drieluik
/// shares identities for exactly that. Only what the subject itself holds; the signal's story, the decision and anything
/// police-only are not part of it.
/// </summary>
public static class PreRoundIdentity
{
    public static IReadOnlyList<(string Label, string Value)> Lines(Subject s, IReadOnlyDictionary<int, string> municipalities)
    {
        var lines = new List<(string, string)> { ("Naam", s.FullName ?? "onbekend") };
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                lines.Add((label, value.Trim()));
            }
        }
        string? Many(string? value) => value is null ? null : string.Join(", ", value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        string? Municipality(int? id) => id is { } m && municipalities.TryGetValue(m, out var name) ? name : null;

        Add("Geboortedatum", (s.DateOfBirth is { } born ? DutchTime.FormatDate(born) : null));
        if (s.DateOfBirth is null && s.AgeGroup is { } group && group != AgeGroups.Unknown)
        {
            Add("Leeftijd", AgeGroups.All.FirstOrDefault(a => a.Code == group).Label ?? group);
        }
        if (s.Gender is { } gender && gender != "ONBEKEND")
        {
            Add("Geslacht", Genders.All.FirstOrDefault(g => g.Code == gender).Label ?? gender);
        }
        Add("Nationaliteit", s.Nationality);
        var street = string.Join(" ", new[] { s.Street, s.HouseNumber }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var place = string.Join(" ", new[] { s.Postcode, s.City }.Where(p => !string.IsNullOrWhiteSpace(p)));
        Add("Adres", string.Join(", ", new[] { street, place }.Where(p => p.Length > 0)));
        Add("Woont in", Municipality(s.LivesInMunicipalityId));
        Add("Werkt in", Municipality(s.WorksInMunicipalityId));
        Add("Aangetroffen in", Municipality(s.FoundInMunicipalityId));
        Add("Telefoon", Many(s.Phones));
        Add("E-mail", Many(s.Emails));
        Add("Online accounts", Many(s.Handles));
        Add("Kenteken", Many(s.LicensePlates));
        Add("Advertenties", Many(s.AdLinks));
        return lines;
    }
}
