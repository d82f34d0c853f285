using System.Net;
using System.Text.RegularExpressions;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Import;

/// <summary>Submits the import pages' forms with what the page shows selected, as a user who agrees with every choice.</summary>
public static partial class ImportPageForms
{
    /// <summary>The hidden inputs and the selected option of every select inside the form marked <paramref name="testId"/>.</summary>
    public static Dictionary<string, string> Fields(string html, string testId)
    {
        var form = Regex.Match(html, $"<form[^>]*data-testid=\"{testId}\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        form.Success.ShouldBeTrue($"form {testId} on the page");
        var fields = new Dictionary<string, string>();
        foreach (Match input in HiddenInput().Matches(form.Groups[1].Value))
        {
            fields[WebUtility.HtmlDecode(input.Groups[1].Value)] = WebUtility.HtmlDecode(input.Groups[2].Value);
        }
        foreach (Match select in Select().Matches(form.Groups[1].Value))
        {
            var selected = SelectedOption().Match(select.Groups[2].Value);
            fields[WebUtility.HtmlDecode(select.Groups[1].Value)] = selected.Success ? WebUtility.HtmlDecode(selected.Groups[1].Value) : "";
        }
        return fields;
    }

    /// <summary>Loads <paramref name="url"/>, posts its form <paramref name="testId"/> as shown (with <paramref name="changes"/>), returns the answer.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(WebSession session, string url, string testId, Dictionary<string, string>? changes = null)
    {
        var html = await session.GetHtmlAsync(url);
        var fields = Fields(html, testId);
        foreach (var (key, value) in changes ?? [])
        {
            fields[key] = value;
        }
        return await session.PostFormAsync(url, fields);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option value=\"([^\"]*)\" selected=\"selected\"")]
    private static partial Regex SelectedOption();
}
