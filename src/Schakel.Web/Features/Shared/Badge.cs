using Schakel.Core.Signals;

namespace Schakel.Web.Features.Shared;

/// <summary>How strongly a badge draws attention; the text always carries the meaning, the tone only supports it.</summary>
public enum BadgeTone { Neutral, Info, Ok, Warning, Danger }

/// <summary>A status or risk badge: text plus tone, rendered by <c>_StatusBadge.cshtml</c>.</summary>
public sealed record Badge(string Text, BadgeTone Tone = BadgeTone.Neutral);

public static class BadgeTones
{
    /// <summary>The NL Design System status-badge modifier of a tone (<c>utrecht-status-badge--…</c>).</summary>
    public static string StatusBadgeModifier(this BadgeTone tone) => tone switch
    {
        BadgeTone.Info => "active",
        BadgeTone.Ok => "success",
        BadgeTone.Warning => "warning",
        BadgeTone.Danger => "danger",
        _ => "neutral",
    };

    /// <summary>The tone of a level of concern, the same in the queues, on the signal and on the case.</summary>
    public static BadgeTone Of(ConcernLevel level) => level switch
    {
        ConcernLevel.High => BadgeTone.Danger,
        ConcernLevel.Medium => BadgeTone.Warning,
        _ => BadgeTone.Neutral,
    };

    /// <summary>The tone of a signal's status: new asks for attention, a closed signal is quiet, the rest is in progress.</summary>
    public static BadgeTone Of(SignalStatus status) => status switch
    {
        SignalStatus.HandledLocally or SignalStatus.Answered or SignalStatus.ClosedByTable or SignalStatus.ClosedInTriage => BadgeTone.Neutral,
        SignalStatus.New => BadgeTone.Warning,
        _ => BadgeTone.Info,
    };
}
