using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Table;

/// <summary>The tabs of a case page (<c>/zaken/{id}?tab=...</c>); each tab's key is also the id of its heading.</summary>
public static class CaseTabs
{
    public const string Overview = "overzicht";
    public const string Signals = "meldingen";
    public const string Tracks = "sporen";
    public const string Actions = "acties";
    public const string History = "geschiedenis";
    /// <summary>Not a tab: every part at once, without forms, for printing.</summary>
    public const string Print = "afdrukken";

    private static readonly (string Key, string Label)[] All =
        [(Overview, "Overzicht"), (Signals, "Meldingen en personen"), (Tracks, "Sporen"), (Actions, "Acties"), (History, "Geschiedenis")];

    /// <summary>An unknown tab shows the overview rather than an error: an old or mistyped link still opens the case.</summary>
    public static string Known(string? tab) => All.Any(t => t.Key == tab) ? tab! : Overview;

    public static string Url(int id, string tab, string? fragment = null) =>
        $"/zaken/{id}{(tab == Overview ? "" : "?tab=" + tab)}{(fragment is null ? "" : "#" + fragment)}";

    public static RecordTabs For(int id, string active) =>
        RecordTabs.Of("Onderdelen van de casus", All, tab => Url(id, tab), active, $"/zaken/{id}?weergave=afdrukken");
}
