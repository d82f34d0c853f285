using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Care;

/// <summary>
/// The tabs of a care file (<c>/zorg/{id}?tab=...</c>). Each section page's part has its tab; its key is also the id
/// of the part's heading, so a post lands on the tab and the part the user acted in.
/// </summary>
public static class CareTabs
{
    public const string Overview = "overzicht";
    public const string Goals = "doelen";
    public const string History = "geschiedenis";
    /// <summary>Not a tab: every part at once, without forms, for printing.</summary>
    public const string Print = "afdrukken";

    /// <summary>The tabs the care coordinator sees; the attention officer only those marked summary.</summary>
    private static readonly (string Key, string Label, bool Summary)[] All =
    [
        (Overview, "Overzicht", true), (Goals, "Doelen", true), ("behoeften", "Zorgbehoeften", false), ("opvang", "Opvang", false),
        ("verblijf", "Verblijf", false), ("contacten", "Contacten", false), ("toestemming", "Toestemming", false),
        ("notities", "Notities", false), (History, "Geschiedenis", true),
    ];

    /// <summary>The tab that holds a part; closing the file is part of the overview, where the status is.</summary>
    public static string Of(string section) => section == "sluiten" ? Overview : section;

    /// <summary>A tab the user may see, else the overview: an old link or one to a part the user may not see still opens the file.</summary>
    public static string Known(string? tab, bool full) => All.Any(t => t.Key == tab && (full || t.Summary)) ? tab! : Overview;

    public static string Url(int id, string tab, string? fragment = null) =>
        $"/zorg/{id}{(tab == Overview ? "" : "?tab=" + tab)}{(fragment is null ? "" : "#" + fragment)}";

    public static RecordTabs For(int id, string active, bool full) =>
        RecordTabs.Of("Onderdelen van het zorgdossier", All.Where(t => full || t.Summary).Select(t => (t.Key, t.Label)), tab => Url(id, tab),
            active, $"/zorg/{id}?weergave=afdrukken");
}
