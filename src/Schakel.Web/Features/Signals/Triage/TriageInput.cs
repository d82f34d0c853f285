namespace Schakel.Web.Features.Signals.Triage;

/// <summary>What the chain director posts from the triage forms; each step uses the field it needs.</summary>
public sealed class TriageInput
{
    public int Version { get; set; }
    /// <summary>Optional note when putting the signal on the table.</summary>
    public string? TableNote { get; set; }
    /// <summary>The question to the municipality when sending it back.</summary>
    public string? Question { get; set; }
    /// <summary>The reason for closing it.</summary>
    public string? Reason { get; set; }
}

/// <summary>The triage forms as shown on the signal page and on the step page after a refusal.</summary>
public sealed record TriageFormsView(string Reference, TriageInput Input);
