namespace Schakel.Web.Features.Shared;

/// <summary>One step of a breadcrumb trail; the last step (the page itself) has no link.</summary>
public sealed record Crumb(string Label, string? Href);

public static partial class Navigation
{
    /// <summary>The menu item whose page the user is on or under: an exact match, else the longest path prefix.</summary>
    public static NavItem? CurrentItem(IReadOnlyList<NavGroup> groups, string path)
    {
        var items = groups.SelectMany(g => g.Items).ToList();
        return items.FirstOrDefault(i => SamePath(i.Href, path)) ?? Parent(items, path);
    }

    /// <summary>
    /// The trail Start › menu page › this page, derived from the path and the menu, so pages need not declare it. The
    /// middle step is the deepest menu page the path lies under (a signal under the queue, a table under its setup); a
    /// page that is itself in the menu gets Start › page. The start page has no trail.
    /// </summary>
    public static IReadOnlyList<Crumb> Trail(IReadOnlyList<NavGroup> groups, string path, string title)
    {
        if (SamePath(path, "/"))
        {
            return [];
        }
        var trail = new List<Crumb> { new("Start", "/") };
        var items = groups.SelectMany(g => g.Items).ToList();
        if (!items.Any(i => SamePath(i.Href, path)) && Parent(items, path) is { } parent
            && !string.Equals(parent.Label, title, StringComparison.OrdinalIgnoreCase))
        {
            trail.Add(new Crumb(parent.Label, parent.Href));
        }
        trail.Add(new Crumb(title, null));
        return trail;
    }

    private static NavItem? Parent(IEnumerable<NavItem> items, string path) =>
        items.Where(i => i.Href != "/" && path.StartsWith(i.Href.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase))
            .MaxBy(i => i.Href.Length);

    private static bool SamePath(string a, string b) =>
        string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
