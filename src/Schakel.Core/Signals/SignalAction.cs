namespace Schakel.Core.Signals;

public enum SignalAction
{
    TakeUp = 1,
    HandleLocally = 2,
    RegisterForTable = 3,
    Forward = 4,
    Answer = 5,
    MarkAcute = 6,
    /// <summary>The table upgrades to a reasonable suspicion: the signal becomes (part of) a case.</summary>
    TableUpgrade = 7,
    /// <summary>The table keeps the signal in view: it returns as an ongoing signal at the next meeting.</summary>
    TableKeepMonitoring = 8,
    /// <summary>The table closes the signal with its outcome (no further action, or advise the care partners).</summary>
    TableClose = 9,
    /// <summary>The chain director puts a signal from triage on the region's table.</summary>
    TriagePutOnTable = 10,
    /// <summary>The chain director sends it back to the municipality with a question.</summary>
    TriageSendBack = 11,
    /// <summary>The chain director closes it in triage with a reason.</summary>
    TriageClose = 12,
    /// <summary>The table hands the signal back to the municipality for local follow-up (the reverse route).</summary>
    TableReturnToMunicipality = 13,
}
