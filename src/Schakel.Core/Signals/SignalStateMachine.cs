namespace Schakel.Core.Signals;

/// <summary>
/// The only place that decides which step of the meldroute is allowed next. Pages and the API ask it, so a
/// transition that is not listed here cannot happen anywhere.
/// </summary>
public static class SignalStateMachine
{
    public static bool IsClosed(SignalStatus status) =>
        status is SignalStatus.HandledLocally or SignalStatus.Answered or SignalStatus.ClosedByTable or SignalStatus.ClosedInTriage;

    /// <summary>Steps only the regional table takes, through its decision; a municipality's page never offers them.</summary>
    public static bool IsTableAction(SignalAction action) =>
        action is SignalAction.TableUpgrade or SignalAction.TableKeepMonitoring or SignalAction.TableClose or SignalAction.TableReturnToMunicipality;

    /// <summary>Steps only the chain director takes, from the triage queue; the municipal decision form never offers them.</summary>
    public static bool IsTriageAction(SignalAction action) =>
        action is SignalAction.TriagePutOnTable or SignalAction.TriageSendBack or SignalAction.TriageClose;

    /// <summary>The status after <paramref name="action"/>, or null when the action is not allowed.</summary>
    public static SignalStatus? Next(SignalKind kind, SignalStatus status, SignalAction action) => (kind, status, action) switch
    {
        (_, SignalStatus.New, SignalAction.TakeUp) => SignalStatus.InProgress,

        (SignalKind.Report, SignalStatus.New or SignalStatus.InProgress, SignalAction.HandleLocally) => SignalStatus.HandledLocally,
        (SignalKind.Report, SignalStatus.New or SignalStatus.InProgress, SignalAction.RegisterForTable) => SignalStatus.RegisteredForTable,
        (SignalKind.AdviceQuestion, SignalStatus.New or SignalStatus.InProgress, SignalAction.Answer) => SignalStatus.Answered,

        // Forwarding hands the signal to another municipality's queue, where it starts again as new.
        (_, SignalStatus.New or SignalStatus.InProgress, SignalAction.Forward) => SignalStatus.New,

        // Triage by the chain director (regions that route via the chain director): onto the table, back to the
        // municipality with a question (it lands in the attention officer's queue again), or closed with a reason.
        (SignalKind.Report, SignalStatus.AwaitingTriage, SignalAction.TriagePutOnTable) => SignalStatus.RegisteredForTable,
        (SignalKind.Report, SignalStatus.AwaitingTriage, SignalAction.TriageSendBack) => SignalStatus.InProgress,
        (SignalKind.Report, SignalStatus.AwaitingTriage, SignalAction.TriageClose) => SignalStatus.ClosedInTriage,

        // Acute is a flag, not a step: it keeps the status but is only meaningful while the signal is open.
        (SignalKind.Report, SignalStatus.New or SignalStatus.InProgress or SignalStatus.AwaitingTriage or SignalStatus.RegisteredForTable, SignalAction.MarkAcute) => status,

        // Step 4: the table decides on what is on its agenda. That is a registered signal, but also an acute or
        // flagged-cluster signal still in a municipal queue. The table may revise its own decision, so a signal it
        // closed can be decided on again; nothing else reopens it. An acute signal waiting for triage is on the agenda too.
        (SignalKind.Report, SignalStatus.New or SignalStatus.InProgress or SignalStatus.AwaitingTriage or SignalStatus.RegisteredForTable or SignalStatus.ClosedByTable,
            SignalAction.TableUpgrade or SignalAction.TableKeepMonitoring) => SignalStatus.RegisteredForTable,
        (SignalKind.Report, SignalStatus.New or SignalStatus.InProgress or SignalStatus.AwaitingTriage or SignalStatus.RegisteredForTable or SignalStatus.ClosedByTable,
            SignalAction.TableClose) => SignalStatus.ClosedByTable,
        // The reverse route: the table hands the signal back to the municipality, open again in the attention officer's queue.
        (SignalKind.Report, SignalStatus.New or SignalStatus.InProgress or SignalStatus.AwaitingTriage or SignalStatus.RegisteredForTable or SignalStatus.ClosedByTable,
            SignalAction.TableReturnToMunicipality) => SignalStatus.InProgress,

        _ => null,
    };

    /// <summary>
    /// Where the attention officer's "register for the table" leads in a region with <paramref name="route"/>: the table,
    /// or the chain director's triage queue.
    /// </summary>
    public static SignalStatus? Next(SignalKind kind, SignalStatus status, SignalAction action, Organisations.TableRoute route) =>
        Next(kind, status, action) is not null && action == SignalAction.RegisterForTable && route == Organisations.TableRoute.ViaChainDirector
            ? SignalStatus.AwaitingTriage
            : Next(kind, status, action);

    /// <summary>The step a table outcome stands for.</summary>
    public static SignalAction ForTableOutcome(Table.TableOutcome outcome) => outcome switch
    {
        Table.TableOutcome.Tracks => SignalAction.TableUpgrade,
        Table.TableOutcome.KeepMonitoring => SignalAction.TableKeepMonitoring,
        Table.TableOutcome.UndesirableSituation or Table.TableOutcome.NoFurtherAction => SignalAction.TableClose,
        Table.TableOutcome.LocalFollowUp => SignalAction.TableReturnToMunicipality,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    /// <summary>What the municipality may do itself: every allowed step except the table's and the chain director's triage.</summary>
    public static IEnumerable<SignalAction> MunicipalActions(SignalKind kind, SignalStatus status) =>
        AllowedActions(kind, status).Where(a => !IsTableAction(a) && !IsTriageAction(a));

    /// <summary>The chain director's triage steps allowed now.</summary>
    public static IEnumerable<SignalAction> TriageActions(SignalKind kind, SignalStatus status) =>
        AllowedActions(kind, status).Where(IsTriageAction);

    public static bool Allows(SignalKind kind, SignalStatus status, SignalAction action) => Next(kind, status, action) is not null;

    public static IEnumerable<SignalAction> AllowedActions(SignalKind kind, SignalStatus status) =>
        Enum.GetValues<SignalAction>().Where(a => Allows(kind, status, a));
}
