using System.Net;
using System.Text.RegularExpressions;
using OtpNet;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Security;

/// <summary>What a user does in the app to set up and use an authenticator.</summary>
public static class TwoFactorSteps
{
    /// <summary>Sets up TOTP for the signed-in session and returns the authenticator. The set-up code uses the current time-step.</summary>
    public static async Task<Totp> EnrolAsync(WebSession session)
    {
        var setup = await session.GetHtmlAsync("/account/tweestaps");
        var key = Regex.Match(setup, "data-testid=\"shared-key\">([a-z0-9 ]+)<").Groups[1].Value.Replace(" ", "").ToUpperInvariant();
        key.ShouldNotBeEmpty();
        var totp = new Totp(Base32Encoding.ToBytes(key));
        var enable = await session.PostFormAsync("/account/tweestaps?handler=Enable",
            new() { ["Code"] = totp.ComputeTotp(), ["CurrentPassword"] = SchakelFactory.DemoPassword }, formPage: "/account/tweestaps");
        enable.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return totp;
    }

    /// <summary>Password then code, as on the sign-in pages. Returns the response to the code.</summary>
    public static async Task<HttpResponseMessage> SignInWithCodeAsync(WebSession session, string email, string code)
    {
        var password = await session.PostFormAsync("/inloggen", new() { ["Email"] = email, ["Password"] = SchakelFactory.DemoPassword });
        password.Headers.Location!.ToString().ShouldStartWith("/inloggen/tweestaps");
        return await session.PostFormAsync("/inloggen/tweestaps", new() { ["Code"] = code });
    }

    /// <summary>The code of a later time-step: the set-up already used the current one, and a code counts once.</summary>
    public static string NextCode(Totp totp, int steps = 1) => totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30 * steps));
}
