namespace Schakel.Core.Undermining;

/// <summary>Where a referral to the municipality's OOV adviser stands. The signal's own status never depends on it.</summary>
public enum UnderminingStatus
{
    /// <summary>Put to the OOV adviser by the AF; the adviser has not yet brought it anywhere.</summary>
    WithAdvisor = 1,
    /// <summary>Discussed at the municipal casustafel ondermijning.</summary>
    DiscussedAtCaseTable = 2,
    /// <summary>Escalated to the RIEC of the region, which has not yet taken it up.</summary>
    EscalatedToRiec = 3,
    /// <summary>The RIEC took it up and works on it.</summary>
    TakenUpByRiec = 4,
    /// <summary>Closed by the OOV adviser with a reason, or by the RIEC with its outcome.</summary>
    Closed = 5,
}

/// <summary>The names of the inputs a refusal can be about, so a form shows the message beside that field.</summary>
public static class UnderminingInput
{
    public const string Question = "Question";
    public const string Reason = "Reason";
    public const string DiscussedOn = "DiscussedOn";
    public const string Outcome = "Outcome";
    public const string RiecOutcome = "RiecOutcome";
}
