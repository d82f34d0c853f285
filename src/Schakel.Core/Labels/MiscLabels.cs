using Schakel.Core.Costs;
using Schakel.Core.Reference;
using Schakel.Core.Signals;

namespace Schakel.Core.Labels;

/// <summary>Labels of small enums that have no domain label class of their own.</summary>
public static class MiscLabels
{
    public static string Dutch(RoundingMode mode) => mode switch
    {
        RoundingMode.RoundEachShare => "Elk aandeel afzonderlijk afronden",
        RoundingMode.LargestRemainder => "Afronden naar grootste rest (totaal klopt precies)",
        _ => mode.ToString(),
    };

    /// <summary>A case's stage without its number of tracks (the signal's status line uses <see cref="SignalStage.Dutch"/>).</summary>
    public static string Dutch(CaseStage stage) => stage switch
    {
        CaseStage.OpenTracks => "Sporen lopen",
        CaseStage.Monitoring => "In monitoring",
        CaseStage.Closed => "Afgesloten",
        _ => stage.ToString(),
    };

    public static string Dutch(ReferenceList list) => list switch
    {
        ReferenceList.ExploitationForm => "Vormen van uitbuiting",
        ReferenceList.MelderType => "Soorten melder",
        ReferenceList.Sector => "Sectoren",
        _ => list.ToString(),
    };

    public static string Dutch(CodeList list) => list switch
    {
        CodeList.AgeGroup => "Leeftijdsgroep",
        CodeList.Gender => "Geslacht",
        CodeList.ExploitationForm => "Vorm van uitbuiting",
        CodeList.MelderType => "Soort melder",
        CodeList.Sector => "Sector van uitbuiting",
        CodeList.NationalityGroup => "Groep nationaliteiten",
        CodeList.Country => "Land",
        CodeList.SignalIndicator => "Signaalindicator",
        CodeList.AdIndicator => "Indicator advertenties",
        CodeList.AuditRecordType => "Soort gegeven",
        CodeList.AuditAction => "Handeling",
        CodeList.Role => "Rol",
        CodeList.RiecOutcome => "Uitkomst RIEC",
        CodeList.TrackOutcome => "Uitkomst van een spoor",
        CodeList.MatchReason => "Reden van een koppelvoorstel",
        CodeList.TrainingTargetGroup => "Doelgroep van een training",
        _ => list.ToString(),
    };
}
