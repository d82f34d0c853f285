using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.BasicLevel;
using Schakel.Core.Organisations;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.BasicLevel;

/// <summary>One entry of the public page: only what may be public, decided here so the page cannot show more.</summary>
public sealed record PublicContact(string Name, string Role, string? Function, string? Phone, string? Email);

/// <summary>
/// "Where do I report in my municipality?" for professionals, without signing in. Shows attention officers, the general
/// contact and partners; a personal phone number only when its owner chose to publish it.
/// </summary>
[AllowAnonymous]
public sealed class PublicDirectoryModel(SchakelDb db) : PageModel
{
    public List<(string Municipality, List<PublicContact> Contacts)> Municipalities { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var municipalities = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Municipality && o.Active)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var contacts = await db.Set<ContactPerson>().AsNoTracking().Where(c => c.Active).ToListAsync(ct);
        Municipalities = municipalities.Select(m => (m.Name, contacts.Where(c => c.MunicipalityId == m.Id)
                .OrderBy(c => c.Role == ContactRole.General ? 0 : c.IsAttentionOfficer ? 1 : 2).ThenBy(c => c.Role).ThenBy(c => c.Name)
                .Select(c => new PublicContact(c.Name, BasicLevelLabels.Dutch(c.Role) + (c.PartnerOrganisation is null ? "" : ", " + c.PartnerOrganisation), c.Function, c.PublicPhone, c.PublicEmail))
                .ToList()))
            .ToList();
    }
}
