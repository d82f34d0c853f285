using Schakel.Core.Common;

namespace Schakel.Core.Signals;

/// <summary>
/// The chain director's triage (regions that route via the chain director, as the Fryslân route to the Drieluik): a
/// signal the attention officer registered goes onto the table, back to the municipality with a question, or is closed
/// with a reason. Each step is allowed only while the signal waits for triage.
/// </summary>
public partial class Signal
{
    /// <summary>The timeline line of a send-back, so the signal page can show the open question to the municipality.</summary>
    public const string SentBackLine = "Ketenregisseur: teruggestuurd naar de gemeente met een vraag";

    public void PutOnTable(Actor by, string? reason, DateTimeOffset at)
    {
        var from = Step(SignalAction.TriagePutOnTable);
        RegisteredForTableAt = at;
        Record(by, at, from, "Ketenregisseur: op de regionale tafel gezet", string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        Raise(new SignalRegisteredForTable(this, from));
    }

    public void SendBack(Actor by, string question, DateTimeOffset at)
    {
        var next = Allowed(SignalAction.TriageSendBack);
        Require(question, "Schrijf de vraag aan de gemeente.", SignalStepInput.Question);
        var from = Move(next);
        Record(by, at, from, SentBackLine, question.Trim());
        Raise(new SignalSentBack(this, from, question.Trim()));
    }

    public void CloseInTriage(Actor by, string reason, DateTimeOffset at)
    {
        var next = Allowed(SignalAction.TriageClose);
        Require(reason, "Geef de reden waarom de melding wordt afgesloten.", SignalStepInput.Reason);
        var from = Move(next);
        Outcome = "Afgesloten door de ketenregisseur";
        DecisionReason = reason.Trim();
        ClosedAt = at;
        Record(by, at, from, "Ketenregisseur: afgesloten", DecisionReason);
        Raise(new SignalClosed(this, from, SignalAction.TriageClose));
    }
}
