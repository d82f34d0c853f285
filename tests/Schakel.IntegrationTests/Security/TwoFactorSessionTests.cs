using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Security;

/// <summary>Two-factor required, and the security-stamp re-check every second instead of every minute.</summary>
public sealed class QuickRecheckFactory : SchakelFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Security:RequireTwoFactorForPersonalDataRoles", "true"), new("Security:StampValidationSeconds", "1")];
}

public sealed class TwoFactorSessionTests(QuickRecheckFactory factory) : IClassFixture<QuickRecheckFactory>
{
    [Fact]
    public async Task A_user_who_just_set_up_two_factor_stays_signed_in_across_several_stamp_rechecks()
    {
        var session = await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl");
        await TwoFactorSteps.EnrolAsync(session);
        await StaysInAsync(session);
    }

    [Fact]
    public async Task A_user_who_signed_in_with_a_code_stays_signed_in_across_several_stamp_rechecks()
    {
        var totp = await TwoFactorSteps.EnrolAsync(await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl"));
        var session = WebSession.Anonymous(factory);
        (await TwoFactorSteps.SignInWithCodeAsync(session, "zorgcoordinator@demo.schakel.nl", TwoFactorSteps.NextCode(totp))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await StaysInAsync(session);
    }

    [Fact]
    public async Task A_password_only_session_gets_403_on_the_api_and_the_same_user_with_two_factor_gets_the_figures()
    {
        var session = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var refused = await session.GetAsync("/api/v1/figures?by=form");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Tweestapsverificatie vereist");

        await TwoFactorSteps.EnrolAsync(session);
        (await session.GetAsync("/api/v1/figures?by=form")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_user_who_takes_longer_than_the_recheck_to_scan_the_code_can_still_finish_the_set_up()
    {
        var session = await WebSession.SignedInAsync(factory, "politie@demo.schakel.nl");
        var page = await session.GetHtmlAsync("/account/tweestaps");
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var key = System.Text.RegularExpressions.Regex.Match(page, "data-testid=\"shared-key\">([a-z0-9 ]+)<").Groups[1].Value.Replace(" ", "").ToUpperInvariant();
        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp();
        var enable = await session.PostFormAsync("/account/tweestaps?handler=Enable", new() { ["Code"] = code, ["CurrentPassword"] = SchakelFactory.DemoPassword }, formPage: "/account/tweestaps");
        enable.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        enable.Headers.Location!.ToString().ShouldNotContain("/inloggen");
        await StaysInAsync(session);
    }

    [Fact]
    public async Task A_changed_security_stamp_signs_the_session_out_at_the_next_recheck()
    {
        var session = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        (await session.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await factory.WithAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == "bestuurder@demo.schakel.nl");
            user.SecurityStamp = Guid.NewGuid().ToString("N");
            return await db.SaveChangesAsync();
        });
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var after = await session.GetAsync("/").WaitAsync(TimeSpan.FromSeconds(30));
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldContain("/inloggen");
    }

    private static async Task StaysInAsync(WebSession session)
    {
        for (var i = 0; i < 4; i++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1.2));
            var page = await session.GetAsync("/");
            page.StatusCode.ShouldBe(HttpStatusCode.OK, $"request {i + 1}, after {(i + 1) * 1.2:0.0} s: {page.Headers.Location}");
        }
    }
}
