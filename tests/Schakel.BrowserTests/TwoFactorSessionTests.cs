using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OtpNet;
using Schakel.Testing;

namespace Schakel.BrowserTests;

/// <summary>Two-factor required, and the security-stamp re-check every second so a short test spans many of them.</summary>
public sealed class QuickRecheckFixture() : BrowserFixture(new QuickRecheckFactory());

public sealed class QuickRecheckFactory : SchakelFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Security:RequireTwoFactorForPersonalDataRoles", "true"), new("Security:StampValidationSeconds", "1")];
}

[Collection("browser")]
public sealed class TwoFactorSessionTests(QuickRecheckFixture browser) : IClassFixture<QuickRecheckFixture>
{
    [Fact]
    public async Task A_user_sets_up_TOTP_and_keeps_working_across_many_stamp_rechecks()
    {
        var page = await browser.SignedInPageAsync("af.deventer@demo.schakel.nl");
        await page.WaitForURLAsync(url => url.Contains("/account/tweestaps", StringComparison.Ordinal));
        var key = (await page.GetByTestId("shared-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));
        await page.GetByLabel("Verificatiecode").FillAsync(totp.ComputeTotp());
        await page.GetByLabel("Uw wachtwoord (ter bevestiging)").FillAsync(SchakelFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie aanzetten" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Welkom, "));

        // Six seconds of clicking between the start page and the queue: five or more re-checks of the sign-in.
        var until = DateTime.UtcNow.AddSeconds(6);
        var clicks = 0;
        while (DateTime.UtcNow < until)
        {
            await page.GotoAsync(clicks % 2 == 0 ? "/meldingen" : "/");
            page.Url.ShouldNotContain("/account/tweestaps", customMessage: $"sent to set-up after {clicks} clicks");
            page.Url.ShouldNotContain("/inloggen", customMessage: $"signed out after {clicks} clicks");
            clicks++;
            await page.WaitForTimeoutAsync(400);
        }
        clicks.ShouldBeGreaterThan(8);
        await page.Context.CloseAsync();
    }
}
