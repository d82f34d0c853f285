using Microsoft.AspNetCore.Authorization;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;
using Schakel.Web.Infrastructure.Identity;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Account;

/// <summary>Sets up TOTP (RFC 6238) with any authenticator app, using Identity's authenticator token provider.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class TwoFactorSetupModel(UserManager<SchakelUser> users, SignInManager<SchakelUser> signIn, SecurityOptions security, ILogger<TwoFactorSetupModel> logger) : PageModel
{
    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string QrDataUri { get; private set; } = "";

    [BindProperty, Required(ErrorMessage = "Vul de code uit uw authenticator-app in.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "De code bestaat uit 6 cijfers.")]
    [Display(Name = "Verificatiecode")]
    public string Code { get; set; } = "";

    /// <summary>
    /// A session alone does not prove who sits behind it (a borrowed laptop, a copied cookie); tying an authenticator to
    /// the account needs the password again, or whoever holds the session owns the second factor too.
    /// </summary>
    [BindProperty, Required(ErrorMessage = "Vul uw wachtwoord in."), DataType(DataType.Password)]
    [Display(Name = "Wachtwoord")]
    public string CurrentPassword { get; set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }
        var password = await signIn.CheckPasswordSignInAsync(user, CurrentPassword, lockoutOnFailure: true);
        if (!password.Succeeded)
        {
            ModelState.AddModelError(nameof(CurrentPassword), "Het wachtwoord klopt niet.");
            await LoadAsync(user);
            return Page();
        }
        var code = Code.Replace(" ", "", StringComparison.Ordinal).Trim();
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError(nameof(Code), "De code klopt niet. Controleer of de tijd op uw telefoon juist staat en probeer de nieuwste code.");
            await LoadAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        logger.LogInformation("Account {UserId} enabled two-factor sign-in.", user.Id);
        TempData["Message"] = "Tweestapsverificatie staat aan. Voortaan vraagt Schakel bij het inloggen om een code.";
        return RedirectToPage("/Home/Index");
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (TwoFactorEnforcement.Required(User, security))
        {
            TempData["Message"] = "Voor uw rol is tweestapsverificatie verplicht; u kunt deze niet uitzetten.";
            return RedirectToPage();
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "Tweestapsverificatie staat uit.";
        return RedirectToPage();
    }

    private async Task LoadAsync(SchakelUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Required = TwoFactorEnforcement.Required(User, security);
        if (Enabled)
        {
            return;
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // A new key changes the security stamp; without a fresh cookie the stamp check would sign out a user who
            // takes longer than its interval to scan the code.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        SharedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var uri = $"otpauth://totp/Schakel:{Uri.EscapeDataString(user.Email ?? user.UserName ?? "")}?secret={key}&issuer=Schakel&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
