namespace Schakel.Core.Signals;

public enum SignalStatus
{
    /// <summary>In the municipal queue, nobody has picked it up yet.</summary>
    New = 1,
    /// <summary>The attention officer is enriching it.</summary>
    InProgress = 2,
    /// <summary>Closed: handled locally through regular help, with an outcome.</summary>
    HandledLocally = 3,
    /// <summary>Suspicion strengthened: waits for the regional table.</summary>
    RegisteredForTable = 4,
    /// <summary>Closed: an advice question that was answered.</summary>
    Answered = 5,
    /// <summary>Closed: the regional table decided "no further action" or "undesirable situation, advise the care partners".</summary>
    ClosedByTable = 6,
    /// <summary>Registered by the attention officer in a region that routes via the chain director: waits for triage.</summary>
    AwaitingTriage = 7,
    /// <summary>Closed: the chain director closed it in triage, with a reason.</summary>
    ClosedInTriage = 8,
}
