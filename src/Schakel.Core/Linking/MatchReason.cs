using System.Text;

namespace Schakel.Core.Linking;

/// <summary>What agreed between two subjects; written to the output as short, stable snake_case tokens.</summary>
[Flags]
public enum MatchReason : uint
{
    None = 0,
    Phone = 1 << 0,
    Email = 1 << 1,
    Handle = 1 << 2,
    NameExact = 1 << 3,
    NameFuzzy = 1 << 4,
    NameInitials = 1 << 5,
    NamePartial = 1 << 6,
    DobExact = 1 << 7,
    DobSwapped = 1 << 8,
    DobClose = 1 << 9,
    DobYear = 1 << 10,
    Address = 1 << 11,
    AddressBuilding = 1 << 12,
    LicensePlate = 1 << 13,
    NameShared = 1 << 14,
    AddressNear = 1 << 15,
    AddressStreet = 1 << 16,
}

public static class MatchReasons
{
    /// <summary>Token per flag, in output order (strongest identifiers first).</summary>
    public static readonly IReadOnlyList<(MatchReason Flag, string Token, string Meaning)> All =
    [
        (MatchReason.Phone, "phone", "same phone number (E.164)"),
        (MatchReason.Email, "email", "same e-mail address"),
        (MatchReason.Handle, "handle", "same online handle"),
        (MatchReason.NameExact, "name_exact", "same name tokens, any order, tussenvoegsels ignored"),
        (MatchReason.NameFuzzy, "name_fuzzy", "same name up to a typo, spelling variant (ij/y, ph/f) or an extra name"),
        (MatchReason.NameInitials, "name_initials", "same surname, initials fit the first names"),
        (MatchReason.NamePartial, "name_partial", "one side is a single name that the other contains"),
        (MatchReason.NameShared, "name_shared", "one name token in common, another differs (a relative, or a changed first name)"),
        (MatchReason.DobExact, "dob_exact", "same date of birth"),
        (MatchReason.DobSwapped, "dob_swapped", "date of birth with day and month swapped"),
        (MatchReason.DobClose, "dob_close", "date of birth differs in one digit, or two neighbouring digits swapped"),
        (MatchReason.DobYear, "dob_year", "same birth year, one side knows only the year"),
        (MatchReason.Address, "address", "same address (postcode + house number + addition, or street + number + city)"),
        (MatchReason.AddressBuilding, "address_building", "same postcode + house number, different addition"),
        (MatchReason.AddressNear, "address_near", "same house number; postcode, street or place up to a typo"),
        (MatchReason.AddressStreet, "address_street", "same street or postcode, another or unknown house number"),
        (MatchReason.LicensePlate, "license_plate", "same licence plate"),
    ];

    public static IReadOnlyList<string> ToTokens(MatchReason reasons)
    {
        var list = new List<string>(4);
        foreach (var (flag, token, _) in All)
        {
            if ((reasons & flag) != 0)
            {
                list.Add(token);
            }
        }
        return list;
    }

    public static string ToText(MatchReason reasons)
    {
        var sb = new StringBuilder(32);
        foreach (var (flag, token, _) in All)
        {
            if ((reasons & flag) != 0)
            {
                if (sb.Length > 0)
                {
                    sb.Append(';');
                }
                sb.Append(token);
            }
        }
        return sb.ToString();
    }
}
