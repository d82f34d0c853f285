namespace Schakel.Core.Labels;

/// <summary>The string code lists whose codes are stored on records and must reach users as their Dutch label.</summary>
public enum CodeList
{
    AgeGroup = 1,
    Gender = 2,
    /// <summary>Forms of exploitation (reference list); the region may relabel them, this is the shipped label.</summary>
    ExploitationForm = 3,
    MelderType = 4,
    Sector = 5,
    NationalityGroup = 6,
    /// <summary>ISO 3166 alpha-2 country codes.</summary>
    Country = 7,
    /// <summary>Signal indicators of the reference catalogue (e.g. ALG_GEWELD).</summary>
    SignalIndicator = 8,
    /// <summary>Indicators of the ads risk profile (e.g. phone_in_signal).</summary>
    AdIndicator = 9,
    /// <summary>Kinds of record in the audit log, including names earlier versions stored (TableCase).</summary>
    AuditRecordType = 10,
    AuditAction = 11,
    Role = 12,
    RiecOutcome = 13,
    /// <summary>Outcomes of a case track (IN_ZORG, AANGIFTE, ...).</summary>
    TrackOutcome = 14,
    /// <summary>Why the linking engine proposed a pair (phone, name_exact, ...).</summary>
    MatchReason = 15,
    /// <summary>Groups trained at municipalities and partners (BOA, KCC, ...).</summary>
    TrainingTargetGroup = 16,
}
