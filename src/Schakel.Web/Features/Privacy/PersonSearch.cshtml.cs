using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Identifiers;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Privacy;

/// <summary>A screened ad that holds the searched number or account: part of what is held on the person, so part of the answer.</summary>
public sealed record AdHit(string AdId, string? City, DateTime? PostedAt, bool HasHandle);

public sealed record PersonHit(int SubjectId, string? FullName, DateOnly? DateOfBirth, SubjectRole Role, string SignalReference, string? Municipality);

/// <summary>Finds everything held on a person for a data-subject request (inzage, correction, erasure).</summary>
[Authorize(Policy = Infrastructure.Security.Policies.Privacy)]
public sealed class PersonSearchModel(SchakelDb db, AuditLog audit) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public DateOnly? DateOfBirth { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Handle { get; set; }

    public List<PersonHit> Hits { get; private set; } = [];
    public List<AdHit> AdHits { get; private set; } = [];
    public bool Searched { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Name) && DateOfBirth is null && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Handle))
        {
            ModelState.AddModelError(nameof(Name), "Vul ten minste een naam, geboortedatum, telefoonnummer of account in.");
            return Page();
        }
        // The same normalisers as ad import and linking, so a number or account is found in whatever notation it was typed.
        var phone = PhoneNormalizer.Normalize(Phone);
        if (!string.IsNullOrWhiteSpace(Phone) && phone is null)
        {
            ModelState.AddModelError(nameof(Phone), "Dit telefoonnummer is niet te herkennen; vul het hele nummer in, bijvoorbeeld 06-12345678 of +48 601 234 567.");
        }
        var handle = HandleNormalizer.Normalize(Handle);
        if (!string.IsNullOrWhiteSpace(Handle) && handle is null)
        {
            ModelState.AddModelError(nameof(Handle), "Dit account bevat geen bruikbare naam; vul de accountnaam of de profiellink in.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var query = db.Subjects.AsNoTracking().AsQueryable();
        if (!string.IsNullOrWhiteSpace(Name))
        {
            var name = Name.Trim().ToLower();
            query = query.Where(s => s.FullName != null && s.FullName.ToLower().Contains(name));
        }
        if (DateOfBirth is { } dob)
        {
            query = query.Where(s => s.DateOfBirth == dob);
        }
        // Screened ads are part of what is held on the person when they carry the searched number or account.
        var ads = db.Set<StoredAd>().AsNoTracking().Where(a => a.AnonymisedAt == null);
        if (phone is not null)
        {
            // Subjects keep numbers as typed; their last eight digits find them whatever the notation.
            var tail = phone.Length > 9 ? phone[^8..] : phone[1..];
            query = query.Where(s => s.Phones != null && s.Phones.Replace(" ", "").Replace("-", "").Replace(".", "").Contains(tail));
            ads = ads.Where(a => a.Phone == phone);
        }
        if (handle is not null)
        {
            // Subjects keep the account as typed (a link, "@naam"); ads keep it normalised.
            query = query.Where(s => s.Handles != null && s.Handles.ToLower().Contains(handle));
            ads = ads.Where(a => a.Handle == handle);
        }
        if (phone is not null || handle is not null)
        {
            AdHits = await ads.OrderBy(a => a.PostedAt).Take(200).Select(a => new AdHit(a.AdId, a.City, a.PostedAt, a.Handle != null)).ToListAsync();
        }
        Hits = await query.Join(db.Signals, s => s.SignalId, g => g.Id, (s, g) => new PersonHit(s.Id, s.FullName, s.DateOfBirth, s.Role, g.Reference, g.Municipality!.Name))
            .Take(200).ToListAsync();
        Searched = true;
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.PersonSearch, null, purpose: "verzoek van betrokkene", details: $"{Hits.Count} treffer(s), {AdHits.Count} advertentie(s)", cancellationToken: HttpContext.RequestAborted);
        return Page();
    }
}
