using System.Net;
using System.Text.RegularExpressions;
using OtpNet;
using Schakel.Testing;

namespace Schakel.IntegrationTests;

public sealed class TwoFactorTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task A_user_enables_TOTP_and_then_needs_a_code_to_sign_in()
    {
        var session = await WebSession.SignedInAsync(factory, "procesregisseur@demo.schakel.nl");
        var setup = await session.GetHtmlAsync("/account/tweestaps");
        var key = Regex.Match(setup, "data-testid=\"shared-key\">([a-z0-9 ]+)<").Groups[1].Value.Replace(" ", "").ToUpperInvariant();
        key.ShouldNotBeEmpty();
        var totp = new Totp(Base32Encoding.ToBytes(key));

        var wrong = await session.PostFormAsync("/account/tweestaps?handler=Enable", new() { ["Code"] = "000000", ["CurrentPassword"] = SchakelFactory.DemoPassword }, formPage: "/account/tweestaps");
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("De code klopt niet");

        var enable = await session.PostFormAsync("/account/tweestaps?handler=Enable", new() { ["Code"] = totp.ComputeTotp(), ["CurrentPassword"] = SchakelFactory.DemoPassword }, formPage: "/account/tweestaps");
        enable.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var fresh = WebSession.Anonymous(factory);
        var password = await fresh.PostFormAsync("/inloggen", new() { ["Email"] = "procesregisseur@demo.schakel.nl", ["Password"] = SchakelFactory.DemoPassword });
        password.Headers.Location!.ToString().ShouldStartWith("/inloggen/tweestaps");
        (await fresh.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "a password alone must not sign in");

        var bad = await fresh.PostFormAsync("/inloggen/tweestaps", new() { ["Code"] = "123" });
        (await bad.Content.ReadAsStringAsync()).ShouldContain("De code bestaat uit 6 cijfers.");

        // The set-up used the current code, and a code counts once: the authenticator's next one signs in.
        var good = await fresh.PostFormAsync("/inloggen/tweestaps", new() { ["Code"] = totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30)) });
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await fresh.GetHtmlAsync("/")).ShouldContain("Welkom, Erik Hendriks");
    }
}

public sealed class RequiredTwoFactorFactory : SchakelFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Security:RequireTwoFactorForPersonalDataRoles", "true")];
}

public sealed class RequiredTwoFactorTests(RequiredTwoFactorFactory factory) : IClassFixture<RequiredTwoFactorFactory>
{
    [Fact]
    public async Task A_role_that_sees_personal_data_must_set_up_two_factor_before_anything_else()
    {
        var session = await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl");
        var home = await session.GetAsync("/meldingen");
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.Headers.Location!.ToString().ShouldBe("/account/tweestaps");
        (await session.GetHtmlAsync("/account/tweestaps")).ShouldContain("Stel eerst tweestapsverificatie in");
    }

    [Fact]
    public async Task A_policy_role_without_personal_data_is_not_forced()
    {
        var session = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        (await session.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
