namespace Schakel.Core.Care;

public static class CareLabels
{
    public static string Dutch(LifeDomain d) => d switch
    {
        LifeDomain.SafeShelter => "Veilige opvang",
        LifeDomain.MedicalCare => "Medische zorg",
        LifeDomain.PsychologicalCare => "Psychische zorg / trauma",
        LifeDomain.Income => "Inkomen",
        LifeDomain.Housing => "Huisvesting",
        LifeDomain.ResidenceStatus => "Verblijfsstatus",
        LifeDomain.LegalAid => "Juridische hulp",
        LifeDomain.CriminalProcedureSupport => "Steun in het strafproces",
        LifeDomain.DaytimeActivities => "Dagbesteding",
        LifeDomain.Children => "Kinderen",
        _ => d.ToString(),
    };

    public static string Dutch(NeedStatus s) => s switch
    {
        NeedStatus.Open => "Open",
        NeedStatus.InProgress => "In behandeling",
        NeedStatus.Met => "Geregeld",
        NeedStatus.NotNeeded => "Niet nodig",
        _ => s.ToString(),
    };

    public static string Dutch(CareFileStatus s) => s == CareFileStatus.Open ? "Zorgtraject open" : "Zorgtraject gesloten";

    public static string Dutch(MilestoneKind k) => k switch
    {
        MilestoneKind.ReflectionPeriodStart => "Begin bedenktijd",
        MilestoneKind.ReflectionPeriodEnd => "Einde bedenktijd",
        MilestoneKind.ResidencePermitApplied => "Verblijfsvergunning (B8/3) aangevraagd",
        MilestoneKind.ResidencePermitDecided => "Besluit verblijfsvergunning",
        MilestoneKind.ContinuedResidenceApplied => "Voortgezet verblijf aangevraagd",
        MilestoneKind.ContinuedResidenceDecided => "Besluit voortgezet verblijf",
        _ => k.ToString(),
    };

    public static string Dutch(ContactKind k) => k switch
    {
        ContactKind.Lawyer => "Advocaat",
        ContactKind.PoliceCaseOfficer => "Zaaksofficier politie",
        ContactKind.Shelter => "Opvang",
        ContactKind.Other => "Overig",
        _ => k.ToString(),
    };

    public static string Dutch(ConsentScope s) => s switch
    {
        ConsentScope.CoMenshaReport => "Melding aan CoMensha",
        ConsentScope.ShareWithPartner => "Delen met genoemde partner",
        _ => s.ToString(),
    };

    public static string Dutch(GoalStatus s) => s switch
    {
        GoalStatus.Open => "Loopt",
        GoalStatus.Achieved => "Behaald",
        GoalStatus.NotAchieved => "Niet behaald",
        _ => s.ToString(),
    };
}
