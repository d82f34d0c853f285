using Schakel.Core.Identifiers;
using Schakel.Core.Linking.Normalization;

namespace Schakel.Core.Linking;

/// <summary>
/// Turns one raw row into normalised features. A value that cannot be read (a date "31-02-1990", a phone
/// "onbekend") is ignored as a field and reported as a warning; it never rejects the row, because the
/// other identifiers of the row are still useful.
/// </summary>
public static class FeatureExtractor
{
    public static SubjectFeatures Extract(SubjectRecord r, List<string>? warnings)
    {
        var f = new SubjectFeatures(r.SubjectId) { Role = PersonRoles.Parse(r.Role) };

        var phones = PhoneNormalizer.NormalizeMany(r.Phone, out var badPhone);
        if (badPhone)
        {
            warnings?.Add($"telefoonnummer '{Clip(r.Phone)}' niet herkend; (deels) genegeerd");
        }
        f.Phones = Sorted(phones);

        var emails = EmailNormalizer.NormalizeMany(r.Email, out var badEmail);
        if (badEmail)
        {
            warnings?.Add($"e-mailadres '{Clip(r.Email)}' niet herkend; (deels) genegeerd");
        }
        f.Emails = Sorted(emails);
        f.Handles = Sorted(HandleNormalizer.NormalizeMany(r.Handle));

        var plate = LicensePlateNormalizer.Normalize(r.LicensePlate);
        if (plate is not null)
        {
            f.Plates = [plate];
        }
        else if (!string.IsNullOrWhiteSpace(r.LicensePlate))
        {
            warnings?.Add($"kenteken '{Clip(r.LicensePlate)}' niet herkend; genegeerd");
        }

        var name = PersonName.Parse(r.FullName);
        if (name is not null)
        {
            f.Names = [name];
        }

        if (DateOfBirth.TryParse(r.DateOfBirth, out var dob))
        {
            f.DatesOfBirth = [dob];
        }
        else if (!string.IsNullOrWhiteSpace(r.DateOfBirth))
        {
            warnings?.Add($"geboortedatum '{Clip(r.DateOfBirth)}' niet herkend; veld genegeerd");
        }

        var address = Address.Create(r.Street, r.HouseNumber, r.Postcode, r.City);
        if (address is not null)
        {
            f.Addresses = [address];
        }
        return f;
    }

    private static string[] Sorted(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return [];
        }
        var a = values.ToArray();
        Array.Sort(a, StringComparer.Ordinal);
        return a;
    }

    private static string Clip(string? s) => s is null ? "" : s.Length <= 40 ? s : s[..40] + "…";
}
