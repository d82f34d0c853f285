namespace Schakel.Core.Organisations;

public static class OrganisationKindLabels
{
    public static string Dutch(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Municipality => "Gemeente",
        OrganisationKind.SafetyHouse => "Zorg- en Veiligheidshuis",
        OrganisationKind.CareOrganisation => "Zorgorganisatie",
        OrganisationKind.Police => "Politie",
        OrganisationKind.LabourInspectorate => "Arbeidsinspectie",
        OrganisationKind.Riec => "RIEC",
        OrganisationKind.VeiligThuis => "Veilig Thuis",
        OrganisationKind.Region => "Regio",
        OrganisationKind.PublicProsecution => "Openbaar Ministerie",
        _ => kind.ToString(),
    };
}
