namespace Schakel.Web.Features.Shared;

/// <summary>One tab of a long record (signal, case, care file): a server link, so the tabs work without JavaScript.</summary>
public sealed record RecordTab(string Key, string Label, string Href);

/// <summary>
/// The tabs of a record, rendered by <c>_RecordTabs.cshtml</c> as a labelled <c>nav</c> with the active tab marked
/// <c>aria-current="page"</c>. Each tab is its own address (<c>?tab=…</c>), so a tab can be bookmarked, reloaded and
/// landed on after a post.
/// </summary>
public sealed record RecordTabs(string Label, IReadOnlyList<RecordTab> Tabs, string Active, string? PrintHref = null)
{
    /// <summary>The tabs from their keys and labels; <paramref name="href"/> gives each key its address.</summary>
    public static RecordTabs Of(string label, IEnumerable<(string Key, string Label)> tabs, Func<string, string> href, string active, string? printHref = null) =>
        new(label, tabs.Select(t => new RecordTab(t.Key, t.Label, href(t.Key))).ToList(), active, printHref);
}
