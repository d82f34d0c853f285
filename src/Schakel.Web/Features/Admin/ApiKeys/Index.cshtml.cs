using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Organisations;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Admin.ApiKeys;

/// <summary>Keys a partner system uses for the intake API. The key is shown once, in the response to its creation.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(SchakelDb db, TimeProvider clock, AuditLog audit, ILogger<IndexModel> logger) : PageModel
{
    public const int PrefixLength = 8;

    public Organisation Organisation { get; private set; } = null!;
    public IReadOnlyList<ApiClientKey> Keys { get; private set; } = [];

    /// <summary>Only set in the response that created the key; it is never stored or shown again.</summary>
    public string? NewKey { get; private set; }

    [BindProperty, Required(ErrorMessage = "Geef de sleutel een naam, bijvoorbeeld het systeem dat hem gebruikt."), StringLength(100, ErrorMessage = "De naam mag hoogstens 100 tekens lang zijn.")]
    [Display(Name = "Naam")]
    public string Name { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCreateAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!Organisation.Active)
        {
            ModelState.AddModelError(nameof(Name), "Deze organisatie is niet actief; maak haar eerst weer actief.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var key = ApiKeyAuthentication.NewKey();
        var entity = new ApiClientKey
        {
            OrganisationId = id, Name = Name.Trim(), KeyHash = ApiKeyAuthentication.Hash(key), Prefix = key[..PrefixLength], CreatedAt = clock.GetUtcNow(),
        };
        db.ApiClientKeys.Add(entity);
        await db.SaveChangesAsync();
        await audit.RecordAsync(AuditAction.Create, AuditRecordType.ApiKey, entity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            details: $"organisatie {id}, sleutel {entity.Prefix}…", cancellationToken: HttpContext.RequestAborted);
        logger.LogInformation("Administrator {AdminId} created API key {KeyId} for organisation {OrganisationId}.", User.UserId(), entity.Id, id);
        // No redirect: the key lives only in this response, which must not be cached.
        Response.Headers.CacheControl = "no-store";
        NewKey = key;
        Name = "";
        ModelState.Clear();
        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, int keyId)
    {
        var key = await db.ApiClientKeys.FirstOrDefaultAsync(k => k.Id == keyId && k.OrganisationId == id);
        if (key is null)
        {
            return NotFound();
        }
        if (key.RevokedAt is null)
        {
            key.RevokedAt = clock.GetUtcNow();
            await db.SaveChangesAsync();
            await audit.RecordAsync(AuditAction.Update, AuditRecordType.ApiKey, key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                details: $"organisatie {id}, sleutel {key.Prefix}… ingetrokken", cancellationToken: HttpContext.RequestAborted);
            logger.LogInformation("Administrator {AdminId} revoked API key {KeyId}.", User.UserId(), key.Id);
        }
        TempData["Message"] = $"API-sleutel {key.Name} ({key.Prefix}…) is ingetrokken.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var org = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id);
        if (org is null)
        {
            return false;
        }
        Organisation = org;
        // Ordered in memory: SQLite cannot order by DateTimeOffset.
        Keys = (await db.ApiClientKeys.AsNoTracking().Where(k => k.OrganisationId == id).ToListAsync())
            .OrderBy(k => k.RevokedAt is not null).ThenByDescending(k => k.CreatedAt).ToList();
        return true;
    }
}
