using Schakel.Core.Common;
using Schakel.Core.Organisations;
using Schakel.Core.Table;

namespace Schakel.Core.Signals;

/// <summary>
/// The steps of the meldroute. Each asks <see cref="SignalStateMachine"/> whether it is allowed, refuses with a
/// <see cref="DomainException"/> when it is not, writes its line on the timeline and raises its event; nothing else
/// changes the status.
/// </summary>
public partial class Signal
{
    /// <summary>The report arrived as acute: part of the report itself, not a step, so no event (the intake notifies).</summary>
    public void ReceiveAsAcute(AcuteActor? by, string? intervention, DateTimeOffset at)
    {
        IsAcute = true;
        AcuteBy = by;
        AcuteIntervention = intervention;
        AcuteAt = at;
    }

    public void TakeUp(Actor by, string? reason, DateTimeOffset at)
    {
        var from = Step(SignalAction.TakeUp);
        Record(by, at, from, SignalLabels.Dutch(SignalAction.TakeUp), reason);
        Raise(new SignalTakenUp(this, from));
    }

    public void HandleLocally(Actor by, string outcome, string reason, DateTimeOffset at)
    {
        var next = Allowed(SignalAction.HandleLocally);
        Require(reason, ReasonMissing, SignalStepInput.Reason);
        Require(outcome, "Geef de uitkomst van de lokale afhandeling (bijvoorbeeld: doorverwezen naar wijkteam).", SignalStepInput.Outcome);
        var from = Move(next);
        Outcome = outcome.Trim();
        DecisionReason = reason;
        ClosedAt = at;
        Record(by, at, from, SignalLabels.Dutch(SignalAction.HandleLocally), reason);
        Raise(new SignalClosed(this, from, SignalAction.HandleLocally));
    }

    public void Answer(Actor by, string answer, DateTimeOffset at)
    {
        var next = Allowed(SignalAction.Answer);
        Require(answer, "Schrijf het antwoord op de adviesvraag.", SignalStepInput.Reason);
        var from = Move(next);
        Outcome = answer;
        ClosedAt = at;
        Record(by, at, from, SignalLabels.Dutch(SignalAction.Answer), answer);
        Raise(new SignalClosed(this, from, SignalAction.Answer));
    }

    /// <param name="route">The region's route after the attention officer: straight to the table, or to the chain director's triage.</param>
    public void RegisterForTable(Actor by, string reason, DateTimeOffset at, TableRoute route = TableRoute.Direct)
    {
        var next = SignalStateMachine.Next(Kind, Status, SignalAction.RegisterForTable, route) ?? Allowed(SignalAction.RegisterForTable);
        Require(reason, ReasonMissing, SignalStepInput.Reason);
        var from = Move(next);
        DecisionReason = reason;
        if (Status == SignalStatus.AwaitingTriage)
        {
            Record(by, at, from, "Aangemeld voor de regionale tafel, via de ketenregisseur", reason);
            Raise(new SignalSentToTriage(this, from));
            return;
        }
        RegisteredForTableAt = at;
        Record(by, at, from, SignalLabels.Dutch(SignalAction.RegisterForTable), reason);
        Raise(new SignalRegisteredForTable(this, from));
    }

    /// <param name="description">The timeline line, which names both municipalities (looked up by the caller).</param>
    public void Forward(Actor by, int toMunicipalityId, string reason, string description, DateTimeOffset at)
    {
        var next = Allowed(SignalAction.Forward);
        Require(reason, ReasonMissing, SignalStepInput.Reason);
        if (toMunicipalityId == MunicipalityId)
        {
            throw new DomainException("De melding ligt al bij deze gemeente. Kies een andere gemeente.", SignalStepInput.Municipality);
        }
        var from = Move(next);
        var fromMunicipality = MunicipalityId;
        MunicipalityId = toMunicipalityId;
        Record(by, at, from, description, reason);
        Raise(new SignalForwarded(this, from, fromMunicipality));
    }

    public void MarkAcute(Actor by, AcuteActor? acuteBy, string? intervention, DateTimeOffset at)
    {
        var next = Allowed(SignalAction.MarkAcute);
        if (IsAcute)
        {
            throw new DomainException("Deze melding is al acuut gemarkeerd.");
        }
        if (acuteBy is not { } actor)
        {
            throw new DomainException(AcuteMissing, SignalStepInput.Acute);
        }
        Require(intervention, AcuteMissing, SignalStepInput.Acute);
        var from = Move(next);
        ReceiveAsAcute(actor, intervention!.Trim(), at);
        Record(by, at, from, $"Acuut: interventie door {SignalLabels.Dutch(actor)}", AcuteIntervention);
        Raise(new SignalMarkedAcute(this, from));
    }

    /// <summary>
    /// The table's decision is a step of the meldroute: "no further action" and "advise the care partners" close the
    /// signal with the table's outcome instead of leaving it registered for ever, and the table may revise its own
    /// closing decision. The table's timeline lines depend on what it made of the signal, so the caller writes them.
    /// </summary>
    /// <returns>The status before, and the status after when it changed.</returns>
    public (SignalStatus From, SignalStatus? To) DecideAtTable(TableOutcome outcome, DateTimeOffset at)
    {
        var action = SignalStateMachine.ForTableOutcome(outcome);
        var from = Step(action);
        if (Status == SignalStatus.ClosedByTable)
        {
            Outcome = TableLabels.Dutch(outcome);
            ClosedAt = at;
            Raise(new SignalClosed(this, from, action));
        }
        else if (from == SignalStatus.ClosedByTable)
        {
            // The table revised its own closing decision: the signal is open again.
            Outcome = null;
            ClosedAt = null;
        }
        RegisteredForTableAt ??= Status == SignalStatus.RegisteredForTable ? at : null;
        Raise(new SignalDecidedByTable(this, from, outcome));
        return Status == from ? (from, null) : (from, Status);
    }

    /// <summary>Retention removes what identifies anyone from the signal's own text; the subjects are the caller's.</summary>
    public void Anonymise(DateTimeOffset at)
    {
        Description = null;
        MelderName = null;
        MelderContact = null;
        AcuteIntervention = null;
        OverrideReason = null;
        DecisionReason = null;
        Outcome = null;
        AnonymisedAt = at;
    }

    private const string ReasonMissing = "Geef de reden van dit besluit.";
    private const string AcuteMissing = "Geef aan wie direct ingrijpt en welke interventie is genomen.";

    private SignalStatus Step(SignalAction action) => Move(Allowed(action));

    /// <summary>The status <paramref name="action"/> leads to; checked before anything else of the step, changing nothing.</summary>
    private SignalStatus Allowed(SignalAction action) =>
        SignalStateMachine.Next(Kind, Status, action)
            ?? throw new DomainException($"'{SignalLabels.Dutch(action)}' kan niet bij een {SignalLabels.Dutch(Kind).ToLowerInvariant()} met status '{SignalLabels.Dutch(Status)}'.");

    private SignalStatus Move(SignalStatus next)
    {
        var from = Status;
        Status = next;
        return from;
    }

    private void Record(Actor by, DateTimeOffset at, SignalStatus from, string description, string? reason) =>
        Events.Add(new SignalEvent
        {
            At = at, UserId = by.UserId, Actor = by.Name, Description = description,
            FromStatus = from, ToStatus = Status == from ? null : Status, Reason = reason,
        });

    private static void Require(string? text, string message, string input)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(message, input);
        }
    }
}
