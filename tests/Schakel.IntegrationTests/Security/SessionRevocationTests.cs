using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Security;

/// <summary>A clock the test can move forward; the idle limit is a day so only the absolute lifetime can end a session.</summary>
public sealed class MovableClockFactory : SchakelFactory
{
    public MovableClock Clock { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Security:SessionIdleMinutes", "1440")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class MovableClock : TimeProvider
{
    public TimeSpan Ahead { get; set; }
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Ahead;
}

public sealed class SessionRevocationTests(MovableClockFactory factory) : IClassFixture<MovableClockFactory>
{
    [Fact]
    public async Task A_copied_cookie_stops_working_the_moment_its_owner_signs_out()
    {
        var (owner, cookie) = await SignInAsync("ketenregisseur@demo.schakel.nl");
        var thief = CopyOf(cookie);
        (await thief.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK, "the copy works while the owner is signed in");

        (await owner.PostFormAsync("/uitloggen", [], formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var after = await thief.GetAsync("/");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldContain("/inloggen");
    }

    [Fact]
    public async Task Signing_out_in_one_browser_leaves_another_sign_in_of_the_same_account_alone()
    {
        var (first, _) = await SignInAsync("oov@demo.schakel.nl");
        var (second, _) = await SignInAsync("oov@demo.schakel.nl");
        await first.PostFormAsync("/uitloggen", [], formPage: "/");
        (await second.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_active_session_ends_eight_hours_after_sign_in()
    {
        var (session, _) = await SignInAsync("bestuurder@demo.schakel.nl");
        try
        {
            factory.Clock.Ahead = TimeSpan.FromHours(7.5);
            (await session.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
            factory.Clock.Ahead = TimeSpan.FromHours(8.1);
            var late = await session.GetAsync("/");
            late.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            late.Headers.Location!.ToString().ShouldContain("/inloggen");
        }
        finally
        {
            factory.Clock.Ahead = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task Ended_and_expired_sessions_are_cleared_when_the_account_signs_in_again()
    {
        var (first, _) = await SignInAsync("riec@demo.schakel.nl");
        await first.PostFormAsync("/uitloggen", [], formPage: "/");
        var (second, _) = await SignInAsync("riec@demo.schakel.nl");
        try
        {
            factory.Clock.Ahead = TimeSpan.FromHours(9);
            var (third, _) = await SignInAsync("riec@demo.schakel.nl");
            (await third.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await second.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the second sign-in is past its lifetime");
        }
        finally
        {
            factory.Clock.Ahead = TimeSpan.Zero;
        }
        var rows = await factory.WithAsync(db => db.UserSessions.CountAsync(s => db.Users.Any(u => u.Id == s.UserId && u.Email == "riec@demo.schakel.nl")));
        rows.ShouldBe(1, "only the live sign-in is kept");
    }

    private async Task<(WebSession Session, string Cookie)> SignInAsync(string email)
    {
        var cookies = new System.Net.CookieContainer();
        var session = new WebSession(factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));
        var response = await session.PostFormAsync("/inloggen", new() { ["Email"] = email, ["Password"] = SchakelFactory.DemoPassword });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (session, cookies.GetCookies(new Uri("http://localhost"))["schakel"]!.Value);
    }

    private HttpClient CopyOf(string cookie)
    {
        var client = factory.CreateDefaultClient(new Uri("http://localhost"));
        client.DefaultRequestHeaders.Add("Cookie", "schakel=" + cookie);
        return client;
    }
}
