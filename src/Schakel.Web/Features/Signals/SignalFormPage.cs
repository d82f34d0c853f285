using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Signals;

/// <summary>
/// Shared behaviour of the professional and the public intake forms: the no-JavaScript "check" and "add person"
/// round trips keep everything typed, and server validation puts a Dutch message next to each field.
/// </summary>
public abstract class SignalFormPage(SchakelDb db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public SignalDraft Draft { get; set; } = new();

    public ReferenceSnapshot Refs { get; private set; } = null!;
    public SignalAssessment? Assessment { get; private set; }
    public abstract bool IsPublic { get; }

    protected SchakelDb Db => db;
    protected DateOnly Today => DutchTime.Today(clock);

    protected async Task LoadAsync()
    {
        Refs = await ReferenceSnapshot.LoadAsync(db, HttpContext.RequestAborted);
        if (Draft.Subjects.Count == 0)
        {
            Draft.Subjects.Add(new SubjectDraft());
        }
    }

    public async Task<IActionResult> OnPostCheckAsync()
    {
        ModelState.Clear();
        await LoadAsync();
        Assess();
        return Page();
    }

    public async Task<IActionResult> OnPostAddSubjectAsync()
    {
        ModelState.Clear();
        await LoadAsync();
        if (Draft.Subjects.Count < SignalValidator.MaxSubjects)
        {
            Draft.Subjects.Add(new SubjectDraft());
        }
        return Page();
    }

    protected void Assess() =>
        Assessment = SignalCheck.Assess(Refs.Indicators.Where(i => Draft.IndicatorCodes.Contains(i.Code)), Draft.IsAcute,
            HttpContext.RequestServices.GetRequiredService<SignalCheckOptions>().Thresholds);

    /// <summary>Validates on the server; returns false after putting every message into ModelState.</summary>
    protected bool ValidateDraft()
    {
        var errors = SignalValidator.Validate(Draft, Refs, Today);
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError($"{nameof(Draft)}.{field}".TrimEnd('.'), message);
        }
        return ModelState.IsValid;
    }

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue($"{nameof(Draft)}.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
