namespace Schakel.Core.Consultations;

/// <summary>The inputs a refusal can be about, so a form shows the message beside that field.</summary>
public static class AcuteConsultationInput
{
    public const string Signal = "signal";
    public const string Question = "question";
    public const string Hours = "hours";
    public const string Invitees = "invitees";
    public const string Advice = "advice";
    public const string Outcome = "outcome";
}
