using System.Net.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.BasicLevel;
using Schakel.Core.Organisations;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.BasicLevel;

/// <summary>Adds or updates an entry of the municipality's register of attention officers and partners.</summary>
[Authorize(Policy = Policies.BasicLevel)]
public sealed class ContactEditModel(SchakelDb db, AuditLog audit) : PageModel
{
    public ContactPerson? Existing { get; private set; }
    public Organisation Municipality { get; private set; } = null!;

    [BindProperty] public ContactRole? Role { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Function { get; set; }
    [BindProperty] public string? PartnerOrganisation { get; set; }
    [BindProperty] public int? HoursPerWeek { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public bool PublishPhone { get; set; }
    [BindProperty] public bool Active { get; set; } = true;
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, int? gemeente)
    {
        var denied = await LoadAsync(id, gemeente);
        if (denied is not null)
        {
            return denied;
        }
        if (Existing is { } c)
        {
            (Role, Name, Function, PartnerOrganisation, HoursPerWeek, Email, Phone, PublishPhone, Active, Version) =
                (c.Role, c.Name, c.Function, c.PartnerOrganisation, c.HoursPerWeek, c.Email, c.Phone, c.PublishPhone, c.Active, c.Version);
            await audit.RecordAsync(AuditAction.Read, AuditRecordType.ContactPerson, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken: HttpContext.RequestAborted);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? gemeente)
    {
        var ct = HttpContext.RequestAborted;
        var denied = await LoadAsync(id, gemeente);
        if (denied is not null)
        {
            return denied;
        }
        Name = FormErrors.Trimmed(Name);
        Function = FormErrors.Trimmed(Function);
        PartnerOrganisation = FormErrors.Trimmed(PartnerOrganisation);
        Email = FormErrors.Trimmed(Email);
        Phone = FormErrors.Trimmed(Phone);
        Check();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var contact = Existing ?? new ContactPerson { MunicipalityId = Municipality.Id, Name = "" };
        contact.Role = Role!.Value;
        contact.Name = Name!;
        contact.Function = Function;
        contact.PartnerOrganisation = Role == ContactRole.Partner ? PartnerOrganisation : null;
        contact.HoursPerWeek = HoursPerWeek;
        contact.Email = Email;
        contact.Phone = Phone;
        contact.PublishPhone = PublishPhone && Phone is not null;
        contact.Active = Active;
        if (Existing is null)
        {
            db.Add(contact);
        }
        else
        {
            db.Entry(contact).Property(p => p.Version).OriginalValue = Version;
        }
        if (!await db.SaveUnlessStaleAsync(ct))
        {
            await LoadAsync(id, gemeente);
            ModelState.Remove(nameof(Version));
            Version = Existing?.Version ?? 0;
            ModelState.AddModelError("", FormErrors.Conflict);
            return Page();
        }
        await audit.RecordAsync(Existing is null ? AuditAction.Create : AuditAction.Update, AuditRecordType.ContactPerson, contact.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken: ct);
        TempData["Message"] = $"Contactpersoon {contact.Name} opgeslagen.";
        return Redirect($"/basisniveau/{Municipality.Id}");
    }

    private void Check()
    {
        if (Role is null || !Enum.IsDefined(Role.Value))
        {
            ModelState.AddModelError(nameof(Role), "Kies de rol van deze contactpersoon.");
        }
        if (Name is null)
        {
            ModelState.AddModelError(nameof(Name), "Vul de naam in (bij algemeen contact: bijvoorbeeld 'Meldpunt gemeente').");
        }
        foreach (var (key, value, max) in new[] { (nameof(Name), Name, 200), (nameof(Function), Function, 200), (nameof(PartnerOrganisation), PartnerOrganisation, 200), (nameof(Email), Email, 200), (nameof(Phone), Phone, 40) })
        {
            if (value?.Length > max)
            {
                ModelState.AddModelError(key, $"Maximaal {max} tekens.");
            }
        }
        if (Role == ContactRole.Partner && PartnerOrganisation is null)
        {
            ModelState.AddModelError(nameof(PartnerOrganisation), "Vul de organisatie van de partner in.");
        }
        if (Email is not null && !MailAddress.TryCreate(Email, out _))
        {
            ModelState.AddModelError(nameof(Email), "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.");
        }
        if (Phone is not null && Phone.Count(char.IsDigit) < 6)
        {
            ModelState.AddModelError(nameof(Phone), "Vul een geldig telefoonnummer in, bijvoorbeeld 038 498 2000 of 14 038.");
        }
        if (HoursPerWeek is < 0 or > 60 && ModelState.GetFieldValidationState(nameof(HoursPerWeek)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(HoursPerWeek), "Het aantal uren per week ligt tussen 0 en 60.");
        }
        if (PublishPhone && Phone is null)
        {
            ModelState.AddModelError(nameof(Phone), "Vul het telefoonnummer in dat openbaar mag, of zet het vinkje uit.");
        }
    }

    private async Task<IActionResult?> LoadAsync(int? id, int? gemeente)
    {
        var ct = HttpContext.RequestAborted;
        var municipalityId = gemeente;
        if (id is { } existingId)
        {
            Existing = await db.Set<ContactPerson>().FirstOrDefaultAsync(c => c.Id == existingId, ct);
            if (Existing is null)
            {
                return NotFound();
            }
            municipalityId = Existing.MunicipalityId;
        }
        var municipality = municipalityId is { } m
            ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == m && o.Kind == OrganisationKind.Municipality, ct)
            : null;
        if (municipality is null)
        {
            return NotFound();
        }
        if (await HttpContext.Guard().RefuseUnlessAsync(User, new MunicipalityBasicLevel(municipality.Id), BasicLevelOperations.Edit,
            Refusal.Forbidden(AuditRecordType.ContactPerson, id?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ct) is { } refused)
        {
            return refused;
        }
        Municipality = municipality;
        return null;
    }
}
