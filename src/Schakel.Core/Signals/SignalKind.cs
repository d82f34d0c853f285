namespace Schakel.Core.Signals;

public enum SignalKind
{
    /// <summary>Melding: a signal of possible exploitation.</summary>
    Report = 1,
    /// <summary>Adviesvraag: a professional asks how to weigh a situation.</summary>
    AdviceQuestion = 2,
}
