using Schakel.Core.Common;
using Schakel.Core.Table;

namespace Schakel.Core.Signals;

/// <summary>A step on the meldroute, with the status the signal had before it.</summary>
public abstract record SignalStep(Signal Signal, SignalStatus From) : IDomainEvent;

public sealed record SignalTakenUp(Signal Signal, SignalStatus From) : SignalStep(Signal, From);

/// <summary>The municipality registered the signal for the regional table (the table's own decisions are <see cref="SignalDecidedByTable"/>).</summary>
public sealed record SignalRegisteredForTable(Signal Signal, SignalStatus From) : SignalStep(Signal, From);

/// <summary>The signal closed: handled locally, answered, or closed by the table (<paramref name="How"/> says which).</summary>
public sealed record SignalClosed(Signal Signal, SignalStatus From, SignalAction How) : SignalStep(Signal, From);

public sealed record SignalForwarded(Signal Signal, SignalStatus From, int? FromMunicipalityId) : SignalStep(Signal, From);

public sealed record SignalMarkedAcute(Signal Signal, SignalStatus From) : SignalStep(Signal, From);

public sealed record SignalDecidedByTable(Signal Signal, SignalStatus From, TableOutcome Outcome) : SignalStep(Signal, From);

/// <summary>The attention officer registered the signal in a region that routes via the chain director: it waits for triage.</summary>
public sealed record SignalSentToTriage(Signal Signal, SignalStatus From) : SignalStep(Signal, From);

/// <summary>The chain director sent the signal back to the municipality with a question.</summary>
public sealed record SignalSentBack(Signal Signal, SignalStatus From, string Question) : SignalStep(Signal, From);
