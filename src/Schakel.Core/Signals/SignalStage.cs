namespace Schakel.Core.Signals;

/// <summary>Where a case stands, as far as a signal's status line tells it.</summary>
public enum CaseStage
{
    /// <summary>At least one track is open.</summary>
    OpenTracks = 1,
    /// <summary>Open, with no track running: the table keeps it in monitoring.</summary>
    Monitoring = 2,
    Closed = 3,
}

/// <summary>
/// The status line of a signal, in one place: once the table made it (part of) a case it no longer reads "registered for
/// the table" but names the case and its stage, to whoever may see that case, and a neutral line to everyone else.
/// </summary>
public static class SignalStage
{
    public const string PickedUpByTable = "Opgepakt door de regionale tafel";

    /// <param name="visibleCase">The case's reference and stage when the reader may see the case; null otherwise.</param>
    public static string Describe(SignalStatus status, int? caseId, (string Reference, CaseStage Stage, int OpenTracks)? visibleCase) =>
        caseId is null ? SignalLabels.Dutch(status)
        : visibleCase is { } c ? $"Casus {c.Reference} · {Dutch(c.Stage, c.OpenTracks)}"
        : PickedUpByTable;

    public static string Dutch(CaseStage stage, int openTracks) => stage switch
    {
        CaseStage.OpenTracks => openTracks == 1 ? "1 spoor loopt" : $"{openTracks} sporen lopen",
        CaseStage.Monitoring => "in monitoring",
        CaseStage.Closed => "afgesloten",
        _ => stage.ToString(),
    };
}
