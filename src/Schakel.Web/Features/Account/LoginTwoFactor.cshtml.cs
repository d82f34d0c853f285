using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Schakel.Web.Infrastructure.Identity;

namespace Schakel.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginTwoFactorModel(SignInManager<SchakelUser> signIn, ILogger<LoginTwoFactorModel> logger) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Vul de code uit uw authenticator-app in.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "De code bestaat uit 6 cijfers.")]
    [Display(Name = "Verificatiecode")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/Login");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }
        ModelState.Remove(nameof(ReturnUrl));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code.Replace(" ", "", StringComparison.Ordinal).Trim(), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            logger.LogInformation("Account {UserId} signed in with two factors.", user.Id);
            return LocalRedirect(LoginModel.SafeReturnUrl(ReturnUrl));
        }
        if (result.IsLockedOut)
        {
            Error = "Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen.";
            return Page();
        }
        logger.LogWarning("Wrong second factor for account {UserId}.", user.Id);
        Error = "De verificatiecode klopt niet of is verlopen. Probeer de nieuwste code.";
        return Page();
    }
}
