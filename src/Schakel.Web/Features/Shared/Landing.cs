using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Schakel.Web.Features.Shared;

/// <summary>
/// Where a post landed: the user goes back to the tab and section they acted in, and the confirmation shows in that
/// section (<c>_Acted.cshtml</c>) instead of in the banner at the top of the page, which the user, scrolled to the
/// section, would not see. The one place that knows the temp-data keys.
/// </summary>
public static class Landing
{
    /// <summary>The key the layout's banner reads: a confirmation no section takes shows there.</summary>
    private const string MessageKey = "Message";
    private const string SectionKey = "ActedIn";

    /// <summary>Keeps the confirmation for <paramref name="section"/> and redirects to <paramref name="href"/>, the tab's address with the fragment to scroll to.</summary>
    public static RedirectResult Redirect(ITempDataDictionary tempData, string href, string section, string message)
    {
        Record(tempData, section, message);
        return new RedirectResult(href);
    }

    /// <summary>Keeps the confirmation for <paramref name="section"/>, for a post that redirects on its own terms.</summary>
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
