using Schakel.Core.Linking;

namespace Schakel.Web.Features.Linking;

/// <summary>The Dutch words for a pair's kind and decision, the same on every linking page.</summary>
public static class LinkLabels
{
    public static string Decision(LinkStatus status) => status switch
    {
        LinkStatus.Confirmed => "Zelfde persoon",
        LinkStatus.Related => "Wel verband, niet dezelfde persoon",
        LinkStatus.Rejected => "Geen verband",
        _ => "Nog te beoordelen",
    };

    /// <summary>What the engine proposes, as a heading of the pair.</summary>
    public static string Proposal(LinkKind kind) => kind == LinkKind.Related ? "mogelijk verband" : "mogelijk dezelfde persoon";

    /// <summary>The message shown after a decision was saved.</summary>
    public static string Saved(LinkStatus status) => status switch
    {
        LinkStatus.Confirmed => "Koppeling bevestigd: zelfde persoon.",
        LinkStatus.Related => "Verband vastgelegd: twee personen in één netwerk.",
        _ => "Koppeling afgewezen: geen verband; dit paar wordt niet opnieuw voorgesteld.",
    };
}
