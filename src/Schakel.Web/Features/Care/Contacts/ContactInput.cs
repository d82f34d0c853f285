using Schakel.Core.Care;

namespace Schakel.Web.Features.Care.Contacts;

// Strings are nullable on purpose: validation and its Dutch messages live in the page, not in implicit [Required].
public sealed class ContactInput
{
    public ContactKind Kind { get; set; } = ContactKind.Lawyer;
    public string? Name { get; set; }
    public string? Organisation { get; set; }
    public string? Phone { get; set; }
    public bool SinglePoint { get; set; }
}
