using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Identity;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Admin.Users;

[Authorize(Policy = Policies.Administration)]
public sealed class CreateModel(UserManager<SchakelUser> users, SchakelDb db, TimeProvider clock, AuditLog audit, RoleRequests.RoleRequestService requests, ILogger<CreateModel> logger) : PageModel
{
    [BindProperty] public NewUserInput Input { get; set; } = new();

    public IReadOnlyList<OrganisationOption> Organisations { get; private set; } = [];

    public async Task OnGetAsync() => Organisations = await UserForm.OrganisationsAsync(db, null, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        Organisations = await UserForm.OrganisationsAsync(db, null, HttpContext.RequestAborted);
        UserForm.Check(ModelState, Input, Organisations);
        Input.Email = (Input.Email ?? "").Trim();
        if (ModelState.GetFieldValidationState("Input.Email") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid
            && await users.FindByEmailAsync(Input.Email) is not null)
        {
            ModelState.AddModelError("Input.Email", "Er bestaat al een gebruiker met dit e-mailadres.");
        }
        // Roles that see personal data are not granted here: they become requests a second person approves.
        var toRequest = Input.Roles.Where(Core.Accounts.RoleSeparation.NeedsApproval).ToList();
        UserForm.CheckSeparation(ModelState, Input.Roles, toRequest, isSelf: false);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Input.Roles = Input.Roles.Except(toRequest, StringComparer.Ordinal).ToList();
        var user = new SchakelUser
        {
            UserName = Input.Email, Email = Input.Email, EmailConfirmed = true, DisplayName = Input.DisplayName.Trim(),
            OrganisationId = Input.OrganisationId!.Value, CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            ModelState.AddIdentityErrors(created, "Input.Password", "Input.Email");
            return Page();
        }
        var roles = await users.AddToRolesAsync(user, Input.Roles);
        await audit.RecordAsync(AuditAction.Create, AccountAudit.RecordType, user.Id,
            details: roles.Succeeded ? "rollen: " + string.Join(",", Input.Roles.Order(StringComparer.Ordinal)) : "rollen niet opgeslagen");
        await requests.RequestAsync(user.Id, toRequest, User, HttpContext.RequestAborted);
        if (!roles.Succeeded)
        {
            // The account exists; say so, so the beheerder fixes the roles on the edit page instead of creating it twice.
            TempData["Message"] = "De gebruiker is aangemaakt, maar de rollen zijn niet opgeslagen. Kies de rollen hier opnieuw.";
            return RedirectToPage("Edit", new { id = user.Id });
        }
        logger.LogInformation("Administrator {AdminId} created user {UserId}.", User.UserId(), user.Id);
        TempData["Message"] = $"Gebruiker {user.DisplayName} is aangemaakt." + UserForm.PendingNote(toRequest);
        return RedirectToPage("Index");
    }
}
