using Schakel.Testing;

namespace Schakel.IntegrationTests;

/// <summary>The signal page is split into tabs; tests name the tab where a form or a text lives.</summary>
public static class SignalTabs
{
    public static string Overview(string reference) => $"/meldingen/{reference}";
    public static string Persons(string reference) => $"/meldingen/{reference}?tab=personen";
    public static string Notes(string reference) => $"/meldingen/{reference}?tab=notities";
    public static string Actions(string reference) => $"/meldingen/{reference}?tab=acties";
    public static string History(string reference) => $"/meldingen/{reference}?tab=geschiedenis";

    /// <summary>Every tab of the signal in one string: what a test says is absent is absent from all of them.</summary>
    public static async Task<string> AllTabsHtmlAsync(this WebSession session, string reference)
    {
        var parts = new List<string>();
        foreach (var url in new[] { Overview(reference), Persons(reference), Notes(reference), Actions(reference), History(reference) })
        {
            parts.Add(await session.GetHtmlAsync(url));
        }
        return string.Concat(parts);
    }
}
