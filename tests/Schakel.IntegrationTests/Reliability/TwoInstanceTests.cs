using System.Net;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Reliability;

/// <summary>Two app processes on one database serve the same users: a session and a form started on one work on the other.</summary>
public sealed class TwoInstanceTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task A_user_signed_in_on_one_instance_continues_on_the_other()
    {
        using var a = await AppProcess.StartAsync(_database.Provider, _database.ConnectionString);
        using var b = await AppProcess.StartAsync(_database.Provider, _database.ConnectionString);

        // Cookies are per host, not per port, so one browser session talks to both instances, as behind a load balancer.
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler);

        var loginPage = await client.GetStringAsync($"{a.BaseUrl}/inloggen");
        var signIn = await client.PostAsync($"{b.BaseUrl}/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "af.zwolle@demo.schakel.nl", ["Password"] = SchakelFactory.DemoPassword, ["__RequestVerificationToken"] = WebSession.Token(loginPage),
        }));
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, "an anti-forgery token from instance A is accepted by instance B");

        var onA = await client.GetAsync($"{a.BaseUrl}/");
        onA.StatusCode.ShouldBe(HttpStatusCode.OK, "the sign-in cookie issued by B is read by A");
        (await onA.Content.ReadAsStringAsync()).ShouldContain("Welkom, Sanne de Vries");
        (await client.GetAsync($"{b.BaseUrl}/meldingen")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public void Dispose() => _database.Dispose();
}
