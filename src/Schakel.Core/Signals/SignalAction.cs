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
}
