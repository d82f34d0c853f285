namespace Schakel.Core.Organisations;

public enum OrganisationKind
{
    Municipality = 1,
    SafetyHouse = 2,
    CareOrganisation = 3,
    Police = 4,
    LabourInspectorate = 5,
    Riec = 6,
    VeiligThuis = 7,
    Region = 8,
    PublicProsecution = 9,
}
