using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Privacy;

/// <summary>One person's data for a data-subject request: access export, correction and erasure, each audited.</summary>
[Authorize(Policy = Infrastructure.Security.Policies.Privacy)]
public sealed class PersonModel(SchakelDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public SubjectAccessExport Export { get; private set; } = null!;

    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? FullName { get; set; }
    [BindProperty] public DateOnly? DateOfBirth { get; set; }
    [BindProperty] public int Version { get; set; }

    public static string ConflictMessage => StaleSave.Message("deze persoon");

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        FullName = Export.Person.FullName;
        DateOfBirth = Export.Person.DateOfBirth;
        Version = await db.Subjects.Where(s => s.Id == id).Select(s => s.Version).FirstAsync();
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.Subject, Key(id), purpose: "verzoek van betrokkene", cancellationToken: HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnGetJsonAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        await audit.RecordAsync(AuditAction.Export, AuditRecordType.Subject, Key(id), purpose: "inzageverzoek (AVG art. 15)", cancellationToken: HttpContext.RequestAborted);
        return File(JsonSerializer.SerializeToUtf8Bytes(Export, Json), "application/json", $"inzage-{id}.json");
    }

    public async Task<IActionResult> OnPostCorrectAsync(int id)
    {
        var subject = await db.Subjects.FirstOrDefaultAsync(s => s.Id == id);
        if (subject is null)
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Geef de reden van de correctie (bijvoorbeeld: verzoek van betrokkene van 1 december).");
        }
        if (DateOfBirth is { } dob && dob > DutchTime.Today(clock))
        {
            ModelState.AddModelError(nameof(DateOfBirth), "De geboortedatum ligt in de toekomst.");
        }
        if (FullName?.Length > 200)
        {
            ModelState.AddModelError(nameof(FullName), "De naam is te lang (maximaal 200 tekens).");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(id);
            return Page();
        }
        if (subject.Version != Version)
        {
            return await ConflictAsync(id);
        }
        subject.FullName = string.IsNullOrWhiteSpace(FullName) ? null : FullName.Trim();
        subject.DateOfBirth = DateOfBirth;
        db.Entry(subject).Property(s => s.Version).OriginalValue = Version;
        if (!await db.SaveUnlessStaleAsync())
        {
            return await ConflictAsync(id);
        }
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.Subject, Key(id), purpose: Reason!.Trim(), details: "gecorrigeerd op verzoek van betrokkene", cancellationToken: HttpContext.RequestAborted);
        TempData["Message"] = "De gegevens zijn gecorrigeerd.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostEraseAsync(int id)
    {
        var subject = await db.Subjects.FirstOrDefaultAsync(s => s.Id == id);
        if (subject is null)
        {
            return NotFound();
        }
        var signal = await db.Signals.AsNoTracking().FirstAsync(s => s.Id == subject.SignalId);
        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Geef de grond voor het wissen (bijvoorbeeld: verzoek van betrokkene, geen wettelijke plicht tot bewaren).");
        }
        else if (!signal.IsClosed)
        {
            // The AVG allows refusing erasure while the data is needed for someone's safety; an open signal is that case.
            ModelState.AddModelError(nameof(Reason), "Wissen kan niet zolang de melding nog open is: de gegevens zijn nodig voor de veiligheid van betrokkenen. Beperk de verwerking of wacht tot de melding is afgesloten.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(id);
            return Page();
        }
        Anonymiser.Subject(subject, clock.GetUtcNow());
        await db.SaveChangesAsync();
        await audit.RecordAsync(AuditAction.Erase, AuditRecordType.Subject, Key(id), purpose: Reason!.Trim(), details: "persoonsgegevens gewist op verzoek van betrokkene", cancellationToken: HttpContext.RequestAborted);
        TempData["Message"] = "De persoonsgegevens zijn gewist; alleen anonieme kenmerken voor de cijfers blijven over.";
        return RedirectToPage(new { id });
    }

    /// <summary>Shows the colleague's stored version above the form and keeps the typed correction in it.</summary>
    private async Task<IActionResult> ConflictAsync(int id)
    {
        db.ChangeTracker.Clear();
        ModelState.AddModelError("", ConflictMessage);
        ModelState.Remove(nameof(Version));
        Version = await db.Subjects.Where(s => s.Id == id).Select(s => s.Version).FirstAsync();
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var export = await SubjectAccessExport.BuildAsync(db, id, clock.GetUtcNow(), HttpContext.RequestAborted);
        if (export is null)
        {
            return false;
        }
        Export = export;
        return true;
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
