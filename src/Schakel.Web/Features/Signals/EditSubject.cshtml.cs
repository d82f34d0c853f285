using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Signals;

/// <summary>The attention officer corrects what a signal says about a person; a stale save is refused, not overwritten.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class EditSubjectModel(SchakelDb db, AuditLog audit, LinkProbeGuard probes, TimeProvider clock) : PageModel
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
        Input = SubjectDraft.From(subject!);
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
        foreach (var (field, message) in SignalValidator.ValidateSubject(Input, Refs, DutchTime.Today(clock)))
        {
            ModelState.AddModelError("Input." + field, message);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (!await probes.MayEditAsync(User, HttpContext.RequestAborted))
        {
            ModelState.AddModelError("", LinkProbeGuard.LimitMessage);
            await audit.RecordAsync(AuditAction.Denied, AuditRecordType.Subject, Key(subjectId), details: "te veel wijzigingen met verbanden elders", cancellationToken: HttpContext.RequestAborted);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var linkedBefore = await probes.LinkedAsync(subjectId, HttpContext.RequestAborted);
        Input.ApplyTo(subject!, DutchTime.Today(clock));
        db.Entry(subject!).Property(s => s.Version).OriginalValue = Version;
        db.SignalEvents.Add(new SignalEvent
        {
            SignalId = subject!.SignalId, At = clock.GetUtcNow(), UserId = User.UserId(), Actor = User.ActorName(),
            Description = $"Persoon gecorrigeerd ({SignalLabels.Dutch(subject.Role).ToLowerInvariant()})",
        });
        if (!await db.SaveUnlessStaleAsync(HttpContext.RequestAborted))
        {
            Conflict = true;
            var current = await db.Subjects.AsNoTracking().FirstAsync(s => s.Id == subjectId);
            Version = current.Version;
            ModelState.AddModelError("", StaleSave.Message("deze persoon"));
            return Page();
        }
        await SubjectKeys.UpdateAsync(db, [subject], clock, cancellationToken: HttpContext.RequestAborted);
        await probes.AfterEditAsync(User, subject, linkedBefore, HttpContext.RequestAborted);
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.Subject, Key(subjectId), details: "persoon gecorrigeerd", cancellationToken: HttpContext.RequestAborted);
        var section = DetailTabs.PersonSection(subjectId);
        return Landing.Redirect(TempData, DetailTabs.Url(reference, DetailTabs.Persons, section), section, "De gegevens van de persoon zijn gecorrigeerd.");
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
        if (await HttpContext.Guard().RefuseUnlessAsync(User, new SignalInScope(signal, await AccessScope.LoadAsync(db, User, HttpContext.RequestAborted)), SignalOperations.Work,
            Refusal.Forbidden(AuditRecordType.Subject, Key(subjectId)), HttpContext.RequestAborted) is { } refused)
        {
            return (null, refused);
        }
        return (subject, null);
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue("Input." + field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
