using System.Net;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Security;

public sealed class SingleUseCodeTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task A_code_that_signed_in_one_session_is_refused_in_a_second()
    {
        var totp = await TwoFactorSteps.EnrolAsync(await WebSession.SignedInAsync(factory, "politie@demo.schakel.nl"));
        var code = TwoFactorSteps.NextCode(totp);

        var first = await TwoFactorSteps.SignInWithCodeAsync(WebSession.Anonymous(factory), "politie@demo.schakel.nl", code);
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var replay = await TwoFactorSteps.SignInWithCodeAsync(WebSession.Anonymous(factory), "politie@demo.schakel.nl", code);
        replay.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        (await replay.Content.ReadAsStringAsync()).ShouldContain("De verificatiecode klopt niet of is verlopen");

        var later = await TwoFactorSteps.SignInWithCodeAsync(WebSession.Anonymous(factory), "politie@demo.schakel.nl", TwoFactorSteps.NextCode(totp, 2));
        later.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the next code still works");
    }

    [Fact]
    public async Task Setting_up_an_authenticator_needs_the_password_not_just_the_session()
    {
        var session = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        var setup = await session.GetHtmlAsync("/account/tweestaps");
        var key = System.Text.RegularExpressions.Regex.Match(setup, "data-testid=\"shared-key\">([a-z0-9 ]+)<").Groups[1].Value.Replace(" ", "").ToUpperInvariant();
        var totp = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key));

        var without = await session.PostFormAsync("/account/tweestaps?handler=Enable", new() { ["Code"] = totp.ComputeTotp() }, formPage: "/account/tweestaps");
        without.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await without.Content.ReadAsStringAsync()).ShouldContain("Vul uw wachtwoord in.");

        var wrong = await session.PostFormAsync("/account/tweestaps?handler=Enable", new() { ["Code"] = totp.ComputeTotp(), ["CurrentPassword"] = "niet-mijn-wachtwoord" }, formPage: "/account/tweestaps");
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Het wachtwoord klopt niet.");

        (await session.GetHtmlAsync("/account/tweestaps")).ShouldContain("data-testid=\"shared-key\"", customMessage: "two-factor is still off");
    }
}
