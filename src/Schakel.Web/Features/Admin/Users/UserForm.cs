using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Admin.Users;

/// <summary>The fields a new account and an existing account share.</summary>
public class UserFields
{
    [Required(ErrorMessage = "Vul de naam in."), StringLength(200, ErrorMessage = "De naam mag hoogstens 200 tekens lang zijn.")]
    [Display(Name = "Naam")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Kies een organisatie.")]
    [Display(Name = "Organisatie")]
    public int? OrganisationId { get; set; }

    public List<string> Roles { get; set; } = [];
}

public sealed class NewUserInput : UserFields
{
    [Required(ErrorMessage = "Vul het e-mailadres in."), EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in.")]
    [StringLength(256, ErrorMessage = "Het e-mailadres is te lang.")]
    [Display(Name = "E-mailadres")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Vul een eerste wachtwoord in."), DataType(DataType.Password)]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "Het wachtwoord moet minstens 12 tekens lang zijn.")]
    [Display(Name = "Eerste wachtwoord")]
    public string Password { get; set; } = "";
}

public sealed class EditUserInput : UserFields
{
    public bool Active { get; set; }

    /// <summary>Identity's concurrency stamp as the form saw it; a different stamp on save means someone else edited.</summary>
    public string Stamp { get; set; } = "";
}

public sealed record OrganisationOption(int Id, string Name, string Region, bool Active);

public static class UserForm
{
    /// <summary>Active organisations, plus the user's current one even if inactive so the select never silently changes it.</summary>
    public static async Task<IReadOnlyList<OrganisationOption>> OrganisationsAsync(SchakelDb db, int? current, CancellationToken ct) =>
        await db.Organisations.AsNoTracking()
            .Where(o => o.Active || o.Id == current)
            .OrderBy(o => o.Region!.Name).ThenBy(o => o.Name)
            .Select(o => new OrganisationOption(o.Id, o.Name, o.Region!.Name, o.Active))
            .ToListAsync(ct);

    public static void Check(ModelStateDictionary state, UserFields input, IReadOnlyList<OrganisationOption> organisations)
    {
        input.Roles = input.Roles.Where(r => !string.IsNullOrEmpty(r)).Distinct(StringComparer.Ordinal).ToList();
        if (input.Roles.Count == 0)
        {
            state.AddModelError("Input.Roles", "Kies ten minste één rol.");
        }
        else if (input.Roles.Any(r => !Roles.IsKnown(r)))
        {
            state.AddModelError("Input.Roles", "Kies alleen rollen uit de lijst.");
        }
        if (input.OrganisationId is { } id && organisations.All(o => o.Id != id))
        {
            state.AddModelError("Input.OrganisationId", "Kies een actieve organisatie uit de lijst.");
        }
    }

    /// <summary>Separation of duties: no personal-data role for oneself, and never together with Beheerder.</summary>
    public static void CheckSeparation(ModelStateDictionary state, IEnumerable<string> roles, IReadOnlyCollection<string> toRequest, bool isSelf)
    {
        if (isSelf && toRequest.Count > 0)
        {
            state.AddModelError("Input.Roles", RoleSeparation.SelfGrantMessage);
        }
        else if (RoleSeparation.Conflicts(roles))
        {
            state.AddModelError("Input.Roles", RoleSeparation.ConflictMessage);
        }
    }

    public static string PendingNote(IReadOnlyCollection<string> requested) => requested.Count == 0 ? "" :
        $" De rol(len) {string.Join(", ", requested.Select(Roles.Label))} wacht(en) op goedkeuring door een ketenregisseur of functionaris gegevensbescherming.";
}

public sealed record UserFieldsView(UserFields Input, IReadOnlyList<OrganisationOption> Organisations);
