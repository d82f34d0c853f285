namespace Schakel.Core.Accounts;

/// <summary>The roles of the register (see docs/glossary.md). Codes are stable identifiers; labels are what users read.</summary>
public static class Roles
{
    public const string Reporter = "Reporter";
    public const string AttentionOfficer = "AttentionOfficer";
    public const string ChainDirector = "ChainDirector";
    public const string ProcessDirector = "ProcessDirector";
    public const string CareCoordinator = "CareCoordinator";
    public const string Police = "Police";
    public const string Riec = "Riec";
    public const string UnderminingAdvisor = "UnderminingAdvisor";
    public const string PolicyMaker = "PolicyMaker";
    public const string PrivacyOfficer = "PrivacyOfficer";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All =
    [
        Reporter, AttentionOfficer, ChainDirector, ProcessDirector, CareCoordinator, Police, Riec,
        UnderminingAdvisor, PolicyMaker, PrivacyOfficer, Administrator,
    ];

    /// <summary>Roles whose work involves personal data of victims or suspects; two-factor sign-in can be required for them.</summary>
    public static readonly IReadOnlySet<string> SeePersonalData = new HashSet<string>(StringComparer.Ordinal)
    {
        AttentionOfficer, ChainDirector, ProcessDirector, CareCoordinator, Police, Riec, UnderminingAdvisor,
        PrivacyOfficer, Administrator,
    };

    public static string Label(string role) => role switch
    {
        Reporter => "Melder",
        AttentionOfficer => "Aandachtsfunctionaris",
        ChainDirector => "Ketenregisseur",
        ProcessDirector => "Procesregisseur",
        CareCoordinator => "Zorgcoördinator",
        Police => "Politie (TMM) / Arbeidsinspectie",
        Riec => "RIEC",
        UnderminingAdvisor => "OOV-adviseur ondermijning",
        PolicyMaker => "Bestuurder / beleidsmedewerker",
        PrivacyOfficer => "Functionaris gegevensbescherming",
        Administrator => "Beheerder",
        _ => role,
    };

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
