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
public sealed class LoginModel(SignInManager<SchakelUser> signIn, UserManager<SchakelUser> users, ILogger<LoginModel> logger) : PageModel
{
    /// <summary>
    /// One answer for every refusal, so the page does not tell which addresses have an account: unknown, inactive, wrong
    /// password and locked out read the same, and the lock-out is mentioned as a possibility for anyone.
    /// </summary>
    public const string Refused = "Deze combinatie van e-mailadres en wachtwoord is onbekend. Na te veel mislukte pogingen wordt een account tijdelijk geblokkeerd; probeer het dan later opnieuw.";

    [BindProperty, Required(ErrorMessage = "Vul uw e-mailadres in."), EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in.")]
    [Display(Name = "E-mailadres")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Vul uw wachtwoord in."), DataType(DataType.Password)]
    [Display(Name = "Wachtwoord")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
        // Not echoed into the form when it would be refused anyway: a NUL in a posted form fails the whole request.
        if (SafeReturnUrl(ReturnUrl) != ReturnUrl)
        {
            ModelState.Remove(nameof(ReturnUrl));
            ReturnUrl = null;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A return address with control characters is not a reason to refuse the sign-in; SafeReturnUrl sends it home.
        ModelState.Remove(nameof(ReturnUrl));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is null || !user.Active)
        {
            // The same password hashing as for a real account, so the answer takes as long as a wrong password does.
            DummyPassword.Verify(users, Password);
            logger.LogWarning("Failed sign-in for an unknown or inactive account.");
            Error = Refused;
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginTwoFactor", new { ReturnUrl });
        }
        if (result.IsLockedOut)
        {
            // Identity refuses a locked account before hashing; hash anyway so the lock-out does not show in the timing.
            DummyPassword.Verify(users, Password);
            logger.LogWarning("Sign-in refused: account {UserId} is locked out.", user.Id);
            Error = Refused;
            return Page();
        }
        if (!result.Succeeded)
        {
            logger.LogWarning("Failed sign-in for account {UserId}.", user.Id);
            Error = Refused;
            return Page();
        }
        logger.LogInformation("Account {UserId} signed in.", user.Id);
        return LocalRedirect(SafeReturnUrl(ReturnUrl));
    }

    /// <summary>
    /// Only a path on this site; anything else (another host, a control character that LocalRedirect would throw on)
    /// goes to the start page.
    /// </summary>
    internal static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            && !url.Any(char.IsControl) ? url : "/";
}
