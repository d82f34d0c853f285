using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Ads;

public static partial class AdUploads
{
    public const string Header = "ad_id,posted_at,city,phone,handle,title,text,price,age_claimed,photo_hash";

    /// <summary>Posts a file to the import form the way a browser does: multipart, with the form's anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(WebSession session, byte[] content, string fileName)
    {
        var page = await session.GetHtmlAsync("/advertenties/importeren");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".json", StringComparison.Ordinal) ? "application/json" : "text/csv");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(WebSession.Token(page)), "__RequestVerificationToken");
        return await session.Client.PostAsync("/advertenties/importeren", form);
    }

    public static int Count(string html, string testId)
    {
        var m = Regex.Match(html, $"data-testid=\"{testId}\">(\\d+)<");
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : throw new InvalidOperationException($"no {testId} in the report");
    }

    /// <summary>A unique prefix, so tests sharing one demo database never see each other's ads as duplicates.</summary>
    public static string Prefix() => "t" + Guid.NewGuid().ToString("N")[..10];
}
