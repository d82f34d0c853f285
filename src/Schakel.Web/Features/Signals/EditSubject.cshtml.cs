using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Signals;

/// <summary>The attention officer corrects what a signal says about a person; a stale save is refused, not overwritten.</summary>
public sealed class EditSubjectModel(SchakelDb db, AuditLog audit, Linking.LinkProbeGuard probes, TimeProvider clock) : PageModel
{
    [BindProperty] public SubjectDraft Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public string Reference { get; private set; } = "";
    public ReferenceSnapshot Refs { get; private set; } = null!;
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string reference, int subjectId)
    {
        var (subject, denied) = await LoadAsync(reference, subjectId);
        if (denied is not null)
        {
            return denied;
        }
        Input = ToDraft(subject!);
        Version = subject!.Version;
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.Subject, Key(subjectId), cancellationToken: HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string reference, int subjectId)
    {
        var (subject, denied) = await LoadAsync(reference, subjectId);
        if (denied is not null)
        {
            return denied;
        }
        if (Input.IsEmpty)
        {
            ModelState.AddModelError("Input", "Vul ten minste één gegeven van de persoon in.");
            return Page();
        }
        foreach (var (field, message) in SignalValidator.ValidateSubject(Input, Refs, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
        {
            ModelState.AddModelError("Input." + field, message);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (!await probes.MayEditAsync(User, HttpContext.RequestAborted))
        {
            ModelState.AddModelError("", Linking.LinkProbeGuard.LimitMessage);
            await audit.RecordAsync(AuditAction.Denied, AuditRecordType.Subject, Key(subjectId), details: "te veel wijzigingen met verbanden elders", cancellationToken: HttpContext.RequestAborted);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var linkedBefore = await probes.LinkedAsync(subjectId, HttpContext.RequestAborted);
        var corrected = SignalIntake.ToSubject(Input);
        subject!.Role = corrected.Role;
        subject.FullName = corrected.FullName;
        subject.DateOfBirth = corrected.DateOfBirth;
        subject.AgeGroup = corrected.AgeGroup;
        subject.Gender = corrected.Gender;
        subject.Nationality = corrected.Nationality;
        subject.Street = corrected.Street;
        subject.HouseNumber = corrected.HouseNumber;
        subject.Postcode = corrected.Postcode;
        subject.City = corrected.City;
        subject.LivesInMunicipalityId = corrected.LivesInMunicipalityId;
        subject.WorksInMunicipalityId = corrected.WorksInMunicipalityId;
        subject.FoundInMunicipalityId = corrected.FoundInMunicipalityId;
        subject.Phones = corrected.Phones;
        subject.Emails = corrected.Emails;
        subject.Handles = corrected.Handles;
        subject.LicensePlates = corrected.LicensePlates;
        subject.AdLinks = corrected.AdLinks;
        db.Entry(subject).Property(s => s.Version).OriginalValue = Version;
        db.SignalEvents.Add(new SignalEvent
        {
            SignalId = subject.SignalId, At = clock.GetUtcNow(), UserId = User.UserId(), Actor = SignalWorkflow.ActorName(User),
            Description = $"Persoon gecorrigeerd ({SignalLabels.Dutch(subject.Role).ToLowerInvariant()})",
        });
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            Conflict = true;
            db.ChangeTracker.Clear();
            var current = await db.Subjects.AsNoTracking().FirstAsync(s => s.Id == subjectId);
            Version = current.Version;
            ModelState.AddModelError("", "Een collega heeft deze persoon intussen gewijzigd. Uw invoer staat nog in het formulier; controleer en sla opnieuw op.");
            return Page();
        }
        await Linking.SubjectKeys.UpdateAsync(db, [subject], clock, cancellationToken: HttpContext.RequestAborted);
        await probes.AfterEditAsync(User, subject, linkedBefore, HttpContext.RequestAborted);
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.Subject, Key(subjectId), details: "persoon gecorrigeerd", cancellationToken: HttpContext.RequestAborted);
        TempData["Message"] = "De gegevens van de persoon zijn gecorrigeerd.";
        return RedirectToPage("/Signals/Detail", new { reference });
    }

    private async Task<(Subject?, IActionResult?)> LoadAsync(string reference, int subjectId)
    {
        Reference = reference;
        Refs = await ReferenceSnapshot.LoadAsync(db, HttpContext.RequestAborted);
        var signal = await db.Signals.AsNoTracking().FirstOrDefaultAsync(s => s.Reference == reference, HttpContext.RequestAborted);
        var subject = signal is null ? null : await db.Subjects.FirstOrDefaultAsync(s => s.Id == subjectId && s.SignalId == signal.Id, HttpContext.RequestAborted);
        if (signal is null || subject is null)
        {
            return (null, NotFound());
        }
        if (AccessPolicy.ForSignal(User, signal, await AccessScope.LoadAsync(db, User, HttpContext.RequestAborted)) != Access.Work)
        {
            await audit.RecordAsync(AuditAction.Denied, AuditRecordType.Subject, Key(subjectId), cancellationToken: HttpContext.RequestAborted);
            return (null, Forbid());
        }
        return (subject, null);
    }

    private static SubjectDraft ToDraft(Subject s) => new()
    {
        Role = s.Role, FullName = s.FullName, DateOfBirth = s.DateOfBirth, AgeGroup = s.AgeGroup, Gender = s.Gender, Nationality = s.Nationality,
        Street = s.Street, HouseNumber = s.HouseNumber, Postcode = s.Postcode, City = s.City, LivesInMunicipalityId = s.LivesInMunicipalityId,
        WorksInMunicipalityId = s.WorksInMunicipalityId, FoundInMunicipalityId = s.FoundInMunicipalityId, Phones = s.Phones, Emails = s.Emails,
        Handles = s.Handles, LicensePlates = s.LicensePlates, AdLinks = s.AdLinks,
    };

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue("Input." + field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
