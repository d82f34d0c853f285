using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Identity;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Admin.Users;

public sealed class PasswordInput
{
    [Required(ErrorMessage = "Vul een nieuw wachtwoord in."), DataType(DataType.Password)]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "Het wachtwoord moet minstens 12 tekens lang zijn.")]
    [Display(Name = "Nieuw wachtwoord")]
    public string NewPassword { get; set; } = "";
}

/// <summary>
/// One account: details, roles and status in the main form; unlock, two-factor reset and a new password as separate
/// small forms, so a mistake in one never discards what was typed in another. Each handler binds only its own input.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class EditModel(UserManager<SchakelUser> users, SignInManager<SchakelUser> signIn, SchakelDb db, TimeProvider clock, AuditLog audit, RoleRequests.RoleRequestService requests, ILogger<EditModel> logger) : PageModel
{
    public EditUserInput Input { get; set; } = new();
    public PasswordInput Password { get; set; } = new();
    public SchakelUser Account { get; private set; } = null!;
    public IReadOnlyList<OrganisationOption> Organisations { get; private set; } = [];
    public bool IsSelf { get; private set; }
    public bool LockedOut { get; private set; }
    public IReadOnlyList<string> PendingRoles { get; private set; } = [];

    /// <summary>What is stored now, shown beside the user's own input after a conflict.</summary>
    public (string DisplayName, string Organisation, string Roles, bool Active)? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await FillInputFromAccountAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await TryUpdateModelAsync(Input, nameof(Input));
        UserForm.Check(ModelState, Input, Organisations);
        if (IsSelf && !Input.Active)
        {
            ModelState.AddModelError("Input.Active", "U kunt uw eigen account niet op niet-actief zetten.");
        }
        if (IsSelf && !Input.Roles.Contains(Roles.Administrator))
        {
            ModelState.AddModelError("Input.Roles", "U kunt de rol Beheerder niet bij uzelf weghalen.");
        }
        var oldRoles = (await users.GetRolesAsync(Account)).ToHashSet(StringComparer.Ordinal);
        // Roles that see personal data are not granted here: they become requests a second person approves.
        var toRequest = Input.Roles.Where(r => !oldRoles.Contains(r) && RoleSeparation.NeedsApproval(r)).ToList();
        UserForm.CheckSeparation(ModelState, Input.Roles, toRequest, IsSelf);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Input.Roles = Input.Roles.Except(toRequest, StringComparer.Ordinal).ToList();

        var rolesChanged = !oldRoles.SetEquals(Input.Roles);
        var orgChanged = Account.OrganisationId != Input.OrganisationId;
        var deactivated = Account.Active && !Input.Active;
        var oldActive = Account.Active;

        Account.DisplayName = Input.DisplayName.Trim();
        Account.OrganisationId = Input.OrganisationId!.Value;
        Account.Active = Input.Active;
        db.Entry(Account).Property(u => u.ConcurrencyStamp).OriginalValue = Input.Stamp;
        Account.ConcurrencyStamp = Guid.NewGuid().ToString();
        // Roles are written as rows in the same save as the details, so a conflict leaves neither half stored.
        var roleIds = await db.Roles.Where(r => Input.Roles.Contains(r.Name!)).Select(r => r.Id).ToListAsync();
        var rows = await db.UserRoles.Where(r => r.UserId == Account.Id).ToListAsync();
        db.UserRoles.RemoveRange(rows.Where(r => !roleIds.Contains(r.RoleId)));
        db.UserRoles.AddRange(roleIds.Where(rid => rows.All(r => r.RoleId != rid)).Select(rid => new IdentityUserRole<string> { UserId = Account.Id, RoleId = rid }));
        if (!await db.SaveUnlessStaleAsync())
        {
            await ShowConflictAsync(id);
            return Page();
        }

        // A new security stamp ends the user's sessions at the next check, so lost roles or deactivation take effect.
        if (deactivated || rolesChanged || orgChanged)
        {
            await users.UpdateSecurityStampAsync(Account);
            if (IsSelf)
            {
                await signIn.RefreshSignInAsync(Account);
            }
        }
        await audit.RecordAsync(AuditAction.Update, AccountAudit.RecordType, Account.Id,
            details: AccountAudit.Changes(oldRoles, Input.Roles, orgChanged, deactivated, !oldActive && Account.Active));
        await requests.RequestAsync(Account.Id, toRequest, User, HttpContext.RequestAborted);
        logger.LogInformation("Administrator {AdminId} changed user {UserId} (roles changed: {Roles}, active: {Active}).", User.UserId(), Account.Id, rolesChanged, Account.Active);
        TempData["Message"] = $"Gebruiker {Account.DisplayName} is opgeslagen." + UserForm.PendingNote(toRequest);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await users.SetLockoutEndDateAsync(Account, null);
        await users.ResetAccessFailedCountAsync(Account);
        await audit.RecordAsync(AuditAction.Update, AccountAudit.RecordType, Account.Id, details: "blokkade opgeheven");
        logger.LogInformation("Administrator {AdminId} unlocked user {UserId}.", User.UserId(), Account.Id);
        TempData["Message"] = "De blokkade is opgeheven; de gebruiker kan weer inloggen.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostResetTwoFactorAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await users.SetTwoFactorEnabledAsync(Account, false);
        // A new key invalidates the lost or compromised authenticator; it also renews the security stamp.
        await users.ResetAuthenticatorKeyAsync(Account);
        if (IsSelf)
        {
            await signIn.RefreshSignInAsync(Account);
        }
        await audit.RecordAsync(AuditAction.Update, AccountAudit.RecordType, Account.Id, details: AccountAudit.TwoFactorReset);
        logger.LogInformation("Administrator {AdminId} reset two-factor for user {UserId}.", User.UserId(), Account.Id);
        TempData["Message"] = "Tweestapsverificatie is uitgezet. De gebruiker stelt die opnieuw in bij de volgende keer inloggen.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPasswordAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await FillInputFromAccountAsync();
        if (!await TryUpdateModelAsync(Password, nameof(Password)))
        {
            return Page();
        }
        var token = await users.GeneratePasswordResetTokenAsync(Account);
        var result = await users.ResetPasswordAsync(Account, token, Password.NewPassword);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, "Password.NewPassword", "Password.NewPassword");
            return Page();
        }
        if (IsSelf)
        {
            await signIn.RefreshSignInAsync(Account);
        }
        await audit.RecordAsync(AuditAction.Update, AccountAudit.RecordType, Account.Id, details: AccountAudit.PasswordReset);
        logger.LogInformation("Administrator {AdminId} set a new password for user {UserId}.", User.UserId(), Account.Id);
        TempData["Message"] = "Het nieuwe wachtwoord is ingesteld. Geef het via een veilige weg door.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id)
    {
        var account = await users.FindByIdAsync(id);
        if (account is null)
        {
            return false;
        }
        Account = account;
        IsSelf = account.Id == User.UserId();
        LockedOut = account.LockoutEnd > clock.GetUtcNow();
        Organisations = await UserForm.OrganisationsAsync(db, account.OrganisationId, HttpContext.RequestAborted);
        PendingRoles = await db.Set<RoleRequests.RoleRequest>().AsNoTracking()
            .Where(r => r.UserId == account.Id && r.Status == RoleRequests.RoleRequestStatus.Pending).Select(r => r.Role).ToListAsync(HttpContext.RequestAborted);
        return true;
    }

    private async Task FillInputFromAccountAsync() => Input = new EditUserInput
    {
        DisplayName = Account.DisplayName,
        OrganisationId = Account.OrganisationId,
        Roles = (await users.GetRolesAsync(Account)).ToList(),
        Active = Account.Active,
        Stamp = Account.ConcurrencyStamp ?? "",
    };

    private async Task ShowConflictAsync(string id)
    {
        await LoadAsync(id);
        var roles = await users.GetRolesAsync(Account);
        var org = Organisations.FirstOrDefault(o => o.Id == Account.OrganisationId)?.Name ?? "";
        Current = (Account.DisplayName, org, string.Join(", ", roles.Select(Roles.Label)), Account.Active);
        // The next save knowingly replaces the current version.
        ModelState.Remove("Input.Stamp");
        Input.Stamp = Account.ConcurrencyStamp ?? "";
        ModelState.AddModelError("", AdminForm.ConflictMessage);
    }
}
