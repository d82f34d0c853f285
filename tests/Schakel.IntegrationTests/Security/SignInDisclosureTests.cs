using System.Diagnostics;
using System.Net;
using Schakel.Testing;
using Schakel.Web.Features.Account;

namespace Schakel.IntegrationTests.Security;

public sealed class SignInDisclosureTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private async Task<(string Html, TimeSpan Took)> TryAsync(string email, string password)
    {
        var session = WebSession.Anonymous(factory);
        var page = await session.GetHtmlAsync("/inloggen");
        var form = new FormUrlEncodedContent([new("Email", email), new("Password", password), new("__RequestVerificationToken", WebSession.Token(page))]);
        var watch = Stopwatch.StartNew();
        var response = await session.Client.PostAsync("/inloggen", form);
        watch.Stop();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadAsStringAsync(), watch.Elapsed);
    }

    [Fact]
    public async Task An_unknown_address_takes_as_long_as_a_wrong_password_for_a_real_account()
    {
        await TryAsync("opwarmen@demo.schakel.nl", "iets-anders-dan-dit");
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            // Four wrong passwords stay under the lock-out of five.
            known.Add((await TryAsync("oov@demo.schakel.nl", "fout-wachtwoord-" + i)).Took.TotalMilliseconds);
            unknown.Add((await TryAsync($"bestaat-niet-{i}@demo.schakel.nl", "fout-wachtwoord-" + i)).Took.TotalMilliseconds);
        }
        var (k, u) = (Median(known), Median(unknown));
        // Before the fix an unknown address answered in a few milliseconds against a hundred for a real account.
        u.ShouldBeGreaterThan(k * 0.5, $"known {k:0} ms, unknown {u:0} ms");
    }

    [Fact]
    public async Task A_locked_account_reads_exactly_like_an_unknown_one()
    {
        for (var i = 0; i < 5; i++)
        {
            await TryAsync("fg@demo.schakel.nl", "fout-wachtwoord-" + i);
        }
        var locked = await TryAsync("fg@demo.schakel.nl", SchakelFactory.DemoPassword);
        var unknown = await TryAsync("niemand-hier@demo.schakel.nl", SchakelFactory.DemoPassword);
        locked.Html.ShouldContain(System.Net.WebUtility.HtmlEncode(LoginModel.Refused));
        unknown.Html.ShouldContain(System.Net.WebUtility.HtmlEncode(LoginModel.Refused));
        Alert(locked.Html).ShouldBe(Alert(unknown.Html));
    }

    [Theory]
    [InlineData("/\r\nLocation: https://evil.example")]
    [InlineData("/meldingen\u0000")]
    [InlineData("/\u0007")]
    public async Task A_return_url_with_control_characters_goes_home_instead_of_an_error(string returnUrl)
    {
        var session = WebSession.Anonymous(factory);
        var url = "/inloggen?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        var form = await session.GetHtmlAsync(url);
        WebSession.HiddenValue(form, "ReturnUrl").ShouldBeNullOrEmpty("the page does not carry a refused return address into its form");
        var response = await session.PostFormAsync(url, new() { ["Email"] = "bestuurder@demo.schakel.nl", ["Password"] = SchakelFactory.DemoPassword }, formPage: url);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/");
    }

    private static double Median(List<double> values) => values.Order().Skip(values.Count / 2 - 1).Take(2).Average();

    private static string Alert(string html) => System.Text.RegularExpressions.Regex.Match(html, "role=\"alert\">(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
}
