using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Signals;

/// <summary>
/// The parts of a signal's page. Each is a server link (<c>?tab=personen</c>) so the page works without script, and
/// after a post the user lands on the part and section where they acted.
/// </summary>
public static class DetailTabs
{
    public const string Overview = "overzicht";
    public const string Persons = "personen";
    public const string Notes = "notities";
    public const string Actions = "acties";
    public const string History = "geschiedenis";

    public static readonly IReadOnlyList<(string Key, string Label)> All =
    [
        (Overview, "Overzicht"), (Persons, "Personen"), (Notes, "Gemeentelijke informatie"), (Actions, "Acties en besluit"), (History, "Geschiedenis"),
    ];

    /// <summary>A known tab, or the overview for anything else typed in the address bar.</summary>
    public static string Normalize(string? tab) => All.Any(t => t.Key == tab) ? tab! : Overview;

    public static string Label(string tab) => All.First(t => t.Key == Normalize(tab)).Label;

    /// <summary>The address of a tab, with the section to land on; the overview has no query so old links stay the same.</summary>
    public static string Url(string reference, string tab, string? section = null) =>
        $"/meldingen/{reference}" + (tab == Overview ? "" : "?tab=" + tab) + (section is null ? "" : "#" + section);

    /// <summary>The tab bar of a signal, the shared one of every long record.</summary>
    public static RecordTabs For(string reference, string active) =>
        RecordTabs.Of("Onderdelen van de melding", All, tab => Url(reference, tab), active);

    /// <summary>The id of a person's card on the persons tab, where an added or corrected person lands.</summary>
    public static string PersonSection(int subjectId) => "persoon-" + subjectId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
