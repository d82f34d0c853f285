namespace Schakel.Web.Features.Home;

/// <summary>
/// One card on a start page: what needs attention, how many, and where to act on it. <see cref="Count"/> is text so a
/// published figure can read "&lt;5"; <see cref="Key"/> names the card for tests and anchors.
/// </summary>
public sealed record AttentionCard(string Key, string Heading, string Count, string Href, string LinkText)
{
    public string? Detail { get; init; }

    /// <summary>Shown next to the count when the work is urgent (acute, overdue); never the only carrier of meaning.</summary>
    public Badge? Badge { get; init; }

    public static AttentionCard Of(string key, string heading, int count, string href, string linkText) =>
        new(key, heading, count.ToString(System.Globalization.CultureInfo.InvariantCulture), href, linkText);
}
