using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Infrastructure.Identity;

namespace Schakel.Web.Features.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<SchakelUser> signIn, UserManager<SchakelUser> users, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Vul uw e-mailadres in."), EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in.")]
    [Display(Name = "E-mailadres")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Vul uw wachtwoord in."), DataType(DataType.Password)]
    [Display(Name = "Wachtwoord")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is null || !user.Active)
        {
            logger.LogWarning("Failed sign-in for an unknown or inactive account.");
            Error = "Deze combinatie van e-mailadres en wachtwoord is onbekend.";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginTwoFactor", new { ReturnUrl });
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account {UserId} is locked out.", user.Id);
            Error = "Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het later opnieuw of neem contact op met de beheerder.";
            return Page();
        }
        if (!result.Succeeded)
        {
            logger.LogWarning("Failed sign-in for account {UserId}.", user.Id);
            Error = "Deze combinatie van e-mailadres en wachtwoord is onbekend.";
            return Page();
        }
        logger.LogInformation("Account {UserId} signed in.", user.Id);
        return LocalRedirect(SafeReturnUrl(ReturnUrl));
    }

    internal static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
