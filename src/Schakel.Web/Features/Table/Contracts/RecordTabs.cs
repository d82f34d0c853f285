using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Schakel.Web.Features.Table.Contracts;

/// <summary>One tab of a long record (case, care file): a server link, so the tabs work without JavaScript.</summary>
public sealed record RecordTab(string Key, string Label, string Href);

/// <summary>The tabs of a record, the active one marked with <c>aria-current</c> by <c>_RecordTabs.cshtml</c>.</summary>
public sealed record RecordTabs(string Label, IReadOnlyList<RecordTab> Tabs, string Active, string? PrintHref = null);

/// <summary>
/// Where a post landed: the section the user acted in gets the confirmation beside it, instead of the banner at the
/// top of the page that the user, scrolled to the section, would not see.
/// </summary>
public static class Landing
{
    private const string MessageKey = "Message";
    private const string SectionKey = "ActedIn";

    public static void Record(ITempDataDictionary tempData, string section, string message)
    {
        tempData[MessageKey] = message;
        tempData[SectionKey] = section;
    }

    /// <summary>
    /// The confirmation for <paramref name="section"/>, taken out of the temp data so the layout does not show it a
    /// second time; null when the post acted elsewhere.
    /// </summary>
    public static string? Take(ITempDataDictionary tempData, string section)
    {
        if (tempData.Peek(MessageKey) is not string message)
        {
            // The message was shown on an earlier page (the layout's banner): the section it named is stale now.
            tempData.Remove(SectionKey);
            return null;
        }
        if (tempData.Peek(SectionKey) as string != section)
        {
            return null;
        }
        tempData.Remove(MessageKey);
        tempData.Remove(SectionKey);
        return message;
    }
}
