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
}
