namespace Schakel.Web.Features.Notifications.Contracts;

/// <summary>
/// What a notification announces. The e-mail template and whether it may wait for the daily digest follow from the
/// kind, never from the title, so no e-mail can carry what the title says about a case.
/// </summary>
public enum NotificationKind
{
    /// <summary>An acute signal: always sent at once.</summary>
    AcuteSignal = 1,
    /// <summary>A new signal or advice question in a municipality's queue.</summary>
    NewSignal = 2,
    /// <summary>Feedback to a colleague who entered a signal: it was picked up.</summary>
    SignalPickedUp = 3,
    /// <summary>A signal was forwarded to another municipality's queue.</summary>
    SignalForwarded = 4,
    RegisteredForTable = 5,
    /// <summary>The table decided on a signal of the municipality (never what it decided).</summary>
    TableDecision = 6,
    PreRound = 7,
    MeetingInvitation = 8,
    /// <summary>A table action was assigned to the user.</summary>
    ActionAssigned = 9,
    ActionDue = 10,
    LinkClusterFlagged = 11,
    /// <summary>Emergency access was used and must be reviewed: always sent at once.</summary>
    BreakGlass = 12,
    /// <summary>A signal waits in the chain director's triage queue.</summary>
    Triage = 13,
    /// <summary>The chain director sent a signal back to the municipality with a question.</summary>
    SentBack = 14,
    /// <summary>The table handed a signal back to the municipality for local follow-up.</summary>
    LocalFollowUp = 15,
    /// <summary>A signal was put to the municipality's OOV adviser, or escalated to the RIEC.</summary>
    UnderminingReferral = 16,
    /// <summary>An invitation to answer an acute consultation (spoed-MDO): always sent at once.</summary>
    AcuteConsultation = 17,
    /// <summary>News about a spoed-MDO one takes part in (all answered, closed): sent at once, like the invitation.</summary>
    AcuteConsultationUpdate = 18,
}
