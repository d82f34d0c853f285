using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Security;

/// <summary>Low per-address limits, clients behind the configured proxy at 10.0.0.5.</summary>
public sealed class LowLimitsFactory : SchakelFactory
{
    public const int SignIns = 5;
    public const int InvalidKeys = 10;
    public const int PublicForms = 3;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("RateLimits:SignInPerMinute", SignIns.ToString()), new("RateLimits:InvalidApiKeysPerMinute", InvalidKeys.ToString()),
        new("RateLimits:PublicFormPer10Minutes", PublicForms.ToString()), new("Proxy:KnownProxies", PeerAddress.Proxy),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, PeerAddress>());
    }
}

public sealed class AddressLimitTests(LowLimitsFactory factory) : IClassFixture<LowLimitsFactory>
{
    private WebSession From(string client, string? peer = null)
    {
        var session = WebSession.Anonymous(factory);
        session.Client.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        if (peer is not null)
        {
            session.Client.DefaultRequestHeaders.Add(PeerAddress.Header, peer);
        }
        return session;
    }

    private static Task<HttpResponseMessage> GuessAsync(WebSession session, int i) =>
        session.PostFormAsync("/inloggen", new() { ["Email"] = $"gok{i}@demo.schakel.nl", ["Password"] = "geraden-wachtwoord" });

    [Fact]
    public async Task Password_guessing_from_one_address_is_throttled_per_client_behind_the_proxy()
    {
        var guesser = From("203.0.113.7");
        for (var i = 0; i < LowLimitsFactory.SignIns; i++)
        {
            (await GuessAsync(guesser, i)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        (await GuessAsync(guesser, 99)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await guesser.GetAsync("/inloggen")).StatusCode.ShouldBe(HttpStatusCode.OK, "reading the page is not limited");

        var colleague = From("203.0.113.8");
        (await GuessAsync(colleague, 1)).StatusCode.ShouldBe(HttpStatusCode.OK, "another client behind the same proxy has its own allowance");
    }

    [Fact]
    public async Task A_forged_forwarded_address_from_outside_the_proxy_does_not_buy_new_attempts()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < LowLimitsFactory.SignIns + 3; i++)
        {
            statuses.Add((await GuessAsync(From($"192.0.2.{i + 1}", peer: "198.51.100.50"), i)).StatusCode);
        }
        statuses.Count(s => s == HttpStatusCode.TooManyRequests).ShouldBe(3);
    }

    [Fact]
    public async Task Six_hundred_random_api_keys_get_mostly_429_not_600_times_401()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 600; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/figures?by=form");
            request.Headers.Add("X-Api-Key", "sk_" + Guid.NewGuid().ToString("N"));
            request.Headers.Add(PeerAddress.Header, "198.51.100.60");
            statuses.Add((await factory.CreateClient().SendAsync(request)).StatusCode);
        }
        // Exactly the allowance within one minute; a window that rolls over mid-test may add one more allowance.
        statuses.Count(s => s == HttpStatusCode.Unauthorized).ShouldBeInRange(LowLimitsFactory.InvalidKeys, 2 * LowLimitsFactory.InvalidKeys);
        statuses.Count(s => s == HttpStatusCode.TooManyRequests).ShouldBeGreaterThanOrEqualTo(600 - 2 * LowLimitsFactory.InvalidKeys);

        using var right = new HttpRequestMessage(HttpMethod.Get, "/api/v1/figures?by=form");
        right.Headers.Add("X-Api-Key", await factory.ApiKeyAsync());
        right.Headers.Add(PeerAddress.Header, "198.51.100.61");
        (await factory.CreateClient().SendAsync(right)).StatusCode.ShouldBe(HttpStatusCode.OK, "a partner at another address is not affected");
    }

    [Fact]
    public async Task Opening_the_public_form_does_not_use_up_its_submissions()
    {
        var citizen = From("203.0.113.30");
        for (var i = 0; i < LowLimitsFactory.PublicForms * 3; i++)
        {
            (await citizen.GetAsync("/melden")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        var post = await citizen.PostFormAsync("/melden", new() { ["Draft.Description"] = "" });
        post.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "the submission is judged on its content, not refused as too many");
    }
}
