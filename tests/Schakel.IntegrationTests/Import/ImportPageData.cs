using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Schakel.Testing;
using Schakel.Web.Features.Import;

namespace Schakel.IntegrationTests.Import;

/// <summary>Uploads through the import form as a browser does, and import records made straight in the database.</summary>
public static partial class ImportPageData
{
    public const string Director = "ketenregisseur@demo.schakel.nl", Administrator = "beheerder@demo.schakel.nl";

    /// <summary>Posts a file and a source name to <c>/beheer/import</c> with the form's anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(WebSession session, byte[] content, string fileName, string sourceName)
    {
        var page = await session.GetHtmlAsync("/beheer/import");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(sourceName), "SourceName");
        form.Add(new StringContent(WebSession.Token(page)), "__RequestVerificationToken");
        return await session.Client.PostAsync("/beheer/import", form);
    }

    /// <summary>The upload id from the redirect to its column page.</summary>
    public static int UploadId(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var m = UploadPath().Match(response.Headers.Location!.ToString());
        m.Success.ShouldBeTrue($"redirect to {response.Headers.Location}");
        return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The field a column's select has selected on the column page, by the column's label; null when not imported.</summary>
    public static string? SelectedField(string html, string columnHeader)
    {
        var label = Regex.Match(html, $"<label for=\"(veld-\\d+)\">[A-Z]+: {Regex.Escape(columnHeader)}</label>");
        label.Success.ShouldBeTrue($"column {columnHeader} on the page");
        var select = Regex.Match(html, $"<select[^>]*id=\"{label.Groups[1].Value}\"[^>]*>(.*?)</select>", RegexOptions.Singleline);
        var selected = Regex.Match(select.Groups[1].Value, "<option value=\"([^\"]*)\" selected=\"selected\"");
        return selected.Success && selected.Groups[1].Value.Length > 0 ? selected.Groups[1].Value : null;
    }

    [GeneratedRegex("/beheer/import/bestand/(\\d+)/kolommen")]
    private static partial Regex UploadPath();
}
