namespace Schakel.Core.Accounts;

/// <summary>
/// Separation of duties: whoever manages accounts must not also be able to read personal data, or they could give
/// themselves access and then cover it up. Roles that see personal data are therefore only granted after a second
/// person (a chain director or the privacy officer) approves, and never to an administrator account.
/// </summary>
public static class RoleSeparation
{
    /// <summary>Roles that open personal data of victims or suspects; granting one needs a second person's approval.</summary>
    public static bool NeedsApproval(string role) => Roles.SeePersonalData.Contains(role) && role != Roles.Administrator;

    /// <summary>Who may approve a role request.</summary>
    public static readonly IReadOnlyList<string> Approvers = [Roles.ChainDirector, Roles.PrivacyOfficer];

    /// <summary>True when the set of roles combines account management with access to personal data.</summary>
    public static bool Conflicts(IEnumerable<string> roles)
    {
        var list = roles.ToList();
        return list.Contains(Roles.Administrator, StringComparer.Ordinal) && list.Any(NeedsApproval);
    }

    public const string ConflictMessage =
        "Een beheerder kan geen rol hebben die persoonsgegevens ziet (scheiding van taken). Gebruik daarvoor een apart account zonder de rol Beheerder.";

    public const string SelfGrantMessage = "U kunt uzelf geen rol geven die persoonsgegevens ziet.";
}
