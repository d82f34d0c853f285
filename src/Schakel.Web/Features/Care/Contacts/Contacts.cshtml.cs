using Microsoft.AspNetCore.Mvc;
using Schakel.Core.Care;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Care.Contacts;

/// <summary>The person's contacts (lawyer, guardian, ...), one of whom may be the agreed single point of contact.</summary>
public sealed class ContactsModel(CareFileAccess access, SchakelDb db, AuditLog audit) : CareSectionPage(access, db, audit)
{
    protected override string Section => "contacten";

    [BindProperty] public ContactInput Contact { get; set; } = new();
    [BindProperty] public ContactInput EditContact { get; set; } = new();
    [BindProperty] public int ItemId { get; set; }
    [BindProperty] public int ItemVersion { get; set; }

    /// <summary>The row whose edit form shows the user's own input: the one just posted and refused.</summary>
    public bool IsEditing(int itemId) => ItemId == itemId && ModelState[$"EditContact-{itemId}"]?.Errors.Count > 0;

    public Task<IActionResult> OnPostAsync(int id) => EditAsync(id, "Contact", () =>
    {
        if (string.IsNullOrWhiteSpace(Contact.Name) || !Enum.IsDefined(Contact.Kind))
        {
            return "Vul de naam van de contactpersoon in.";
        }
        if (Contact.SinglePoint)
        {
            // Only one agreed single point of contact: the new one replaces the previous.
            foreach (var c in Dossier.Contacts)
            {
                c.IsSinglePointOfContact = false;
            }
        }
        Dossier.Contacts.Add(new CareContact
        {
            Kind = Contact.Kind, Name = Contact.Name.Trim(), Organisation = Trim(Contact.Organisation), Phone = Trim(Contact.Phone), IsSinglePointOfContact = Contact.SinglePoint,
        });
        return null;
    }, "Contactpersoon toegevoegd.");

    public Task<IActionResult> OnPostEditAsync(int id) => EditAsync(id, $"EditContact-{ItemId}", () =>
    {
        var contact = Dossier.Contacts.FirstOrDefault(c => c.Id == ItemId);
        if (contact is null)
        {
            return "Deze contactpersoon bestaat niet (meer).";
        }
        if (string.IsNullOrWhiteSpace(EditContact.Name) || !Enum.IsDefined(EditContact.Kind))
        {
            return "Vul de naam van de contactpersoon in.";
        }
        if (EditContact.Name.Length > 200 || EditContact.Organisation?.Length > 200 || EditContact.Phone?.Length > 50)
        {
            return "Naam of organisatie (maximaal 200 tekens) of telefoon (maximaal 50 tekens) is te lang.";
        }
        if (EditContact.SinglePoint && !contact.IsSinglePointOfContact)
        {
            foreach (var other in Dossier.Contacts)
            {
                other.IsSinglePointOfContact = false;
            }
        }
        contact.Kind = EditContact.Kind;
        contact.Name = EditContact.Name.Trim();
        contact.Organisation = Trim(EditContact.Organisation);
        contact.Phone = Trim(EditContact.Phone);
        contact.IsSinglePointOfContact = EditContact.SinglePoint;
        Db.Entry(contact).Property(c => c.Version).OriginalValue = ItemVersion;
        return null;
    }, "Contactpersoon gewijzigd.");
}
