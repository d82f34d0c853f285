namespace Schakel.Core.Signals;

/// <summary>The inputs of a step on the meldroute that a refusal can be about (<see cref="Common.DomainException.Input"/>).</summary>
public static class SignalStepInput
{
    public const string Reason = "reason";
    public const string Outcome = "outcome";
    public const string Municipality = "municipality";
    public const string Acute = "acute";
    /// <summary>The chain director's question to the municipality when sending a signal back.</summary>
    public const string Question = "question";
}
