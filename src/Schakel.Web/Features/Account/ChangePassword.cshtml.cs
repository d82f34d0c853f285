using Microsoft.AspNetCore.Authorization;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Identity;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Account;

/// <summary>
/// A user changes their own password with the current one. Identity's validators (length, the common-password list)
/// apply; every other sign-in of the account ends, this one is signed in again with the new security stamp.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class ChangePasswordModel(UserManager<SchakelUser> users, SignInManager<SchakelUser> signIn, UserSessions sessions, AuditLog audit, ILogger<ChangePasswordModel> logger) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Vul uw huidige wachtwoord in."), DataType(DataType.Password)]
    [Display(Name = "Huidig wachtwoord")]
    public string CurrentPassword { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Vul een nieuw wachtwoord in."), DataType(DataType.Password)]
    [Display(Name = "Nieuw wachtwoord")]
    public string NewPassword { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Herhaal het nieuwe wachtwoord."), DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "De twee nieuwe wachtwoorden zijn niet gelijk.")]
    [Display(Name = "Herhaal nieuw wachtwoord")]
    public string ConfirmPassword { get; set; } = "";

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        // Checked through sign-in so wrong guesses count toward the lock-out, as they do on the sign-in page.
        if (!(await signIn.CheckPasswordSignInAsync(user, CurrentPassword, lockoutOnFailure: true)).Succeeded)
        {
            ModelState.AddModelError(nameof(CurrentPassword), "Het huidige wachtwoord klopt niet.");
            return Page();
        }
        var result = await users.ChangePasswordAsync(user, CurrentPassword, NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(CurrentPassword) : nameof(NewPassword);
                ModelState.AddModelError(field, error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Het huidige wachtwoord klopt niet." : Dutch(error));
            }
            return Page();
        }
        var current = signIn is SchakelSignInManager schakel ? schakel.CurrentSessionId() : null;
        await sessions.EndOthersAsync(user.Id, current);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditAction.Update, Admin.Users.AccountAudit.RecordType, user.Id, details: "eigen wachtwoord gewijzigd");
        logger.LogInformation("Account {UserId} changed its password.", user.Id);
        TempData["Message"] = "Uw wachtwoord is gewijzigd. Andere sessies van uw account zijn beëindigd.";
        return RedirectToPage("/Home/Index");
    }

    /// <summary>Identity's own length message is English; the common-password validator already speaks Dutch.</summary>
    private static string Dutch(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => "Het nieuwe wachtwoord moet minstens 12 tekens hebben. Een zin van een paar woorden is sterk en goed te onthouden.",
        _ => error.Description,
    };
}
