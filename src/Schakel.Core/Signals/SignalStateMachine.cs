namespace Schakel.Core.Signals;

/// <summary>
/// The only place that decides which step of the meldroute is allowed next. Pages and the API ask it, so a
/// transition that is not listed here cannot happen anywhere.
/// </summary>
public static class SignalStateMachine
{
    public static bool IsClosed(SignalStatus status) => status is SignalStatus.HandledLocally or SignalStatus.Answered;

    /// <summary>The status after <paramref name="action"/>, or null when the action is not allowed.</summary>
    public static SignalStatus? Next(SignalKind kind, SignalStatus status, SignalAction action) => (kind, status, action) switch
    {
        (_, SignalStatus.New, SignalAction.TakeUp) => SignalStatus.InProgress,

        (SignalKind.Report, SignalStatus.New or SignalStatus.InProgress, SignalAction.HandleLocally) => SignalStatus.HandledLocally,
        (SignalKind.Report, SignalStatus.New or SignalStatus.InProgress, SignalAction.RegisterForTable) => SignalStatus.RegisteredForTable,
        (SignalKind.AdviceQuestion, SignalStatus.New or SignalStatus.InProgress, SignalAction.Answer) => SignalStatus.Answered,

        // Forwarding hands the signal to another municipality's queue, where it starts again as new.
        (_, SignalStatus.New or SignalStatus.InProgress, SignalAction.Forward) => SignalStatus.New,

        // Acute is a flag, not a step: it keeps the status but is only meaningful while the signal is open.
        (SignalKind.Report, SignalStatus.New or SignalStatus.InProgress or SignalStatus.RegisteredForTable, SignalAction.MarkAcute) => status,

        _ => null,
    };

    public static bool Allows(SignalKind kind, SignalStatus status, SignalAction action) => Next(kind, status, action) is not null;

    public static IEnumerable<SignalAction> AllowedActions(SignalKind kind, SignalStatus status) =>
        Enum.GetValues<SignalAction>().Where(a => Allows(kind, status, a));
}
