using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Schakel.Testing;

/// <summary>A browser-like HTTP session: keeps cookies, reads anti-forgery tokens from forms, does not follow redirects.</summary>
public sealed partial class WebSession(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static WebSession Anonymous(WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static async Task<WebSession> SignedInAsync(WebApplicationFactory<Program> factory, string email, string password = SchakelFactory.DemoPassword)
    {
        var session = Anonymous(factory);
        var response = await session.PostFormAsync("/inloggen", new() { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        }
        return session;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(url);

    public async Task<string> GetHtmlAsync(string url)
    {
        var response = await Client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} gave {(int)response.StatusCode}");
        }
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Loads the form page first for its anti-forgery token, then posts the fields (repeated keys allowed).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? formPage = null, IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        var page = await Client.GetAsync(formPage ?? url);
        var html = await page.Content.ReadAsStringAsync();
        var token = Token(html);
        var pairs = fields.ToList();
        if (extra is not null)
        {
            pairs.AddRange(extra);
        }
        pairs.Add(new("__RequestVerificationToken", token));
        return await Client.PostAsync(url, new FormUrlEncodedContent(pairs));
    }

    public static string Token(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No anti-forgery token on the page.");
    }

    public static string? HiddenValue(string html, string name)
    {
        var m = Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
