using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Infrastructure.Identity;

namespace Schakel.Web.Features.Account;

[AllowAnonymous]
public sealed class LogoutModel(SignInManager<SchakelUser> signIn) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["Message"] = "U bent uitgelogd.";
        return RedirectToPage("/Account/Login");
    }
}
