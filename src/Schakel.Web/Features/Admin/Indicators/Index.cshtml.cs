using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Reference;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Admin.Indicators;

[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(SchakelDb db, Infrastructure.Audit.AuditLog audit, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty] public NewIndicatorInput Input { get; set; } = new() { Weight = 1 };

    public IReadOnlyList<Card> Cards { get; private set; } = [];
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        Input.Code = (Input.Code ?? "").Trim().ToUpperInvariant();
        Input.FormCode ??= "";
        if (Input.FormCode.Length > 0 && Cards.All(c => c.FormCode != Input.FormCode))
        {
            ModelState.AddModelError("Input.FormCode", "Kies een signaalkaart uit de lijst.");
        }
        if (ModelState.GetFieldValidationState("Input.Code") != ModelValidationState.Invalid)
        {
            if (!AdminForm.CodePattern().IsMatch(Input.Code))
            {
                ModelState.AddModelError("Input.Code", AdminForm.CodeMessage);
            }
            else if (Indicators.Any(i => i.Code == Input.Code))
            {
                ModelState.AddModelError("Input.Code", "Deze code wordt al gebruikt door een andere indicator.");
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var onCard = Indicators.Where(i => i.FormCode == Input.FormCode).ToList();
        var indicator = new Indicator
        {
            FormCode = Input.FormCode, Code = Input.Code, Label = Input.Label.Trim(), Weight = Input.Weight!.Value, Critical = Input.Critical,
            SortOrder = Input.SortOrder ?? (onCard.Count == 0 ? 1 : onCard.Max(i => i.SortOrder) + 1),
        };
        db.Indicators.Add(indicator);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone added the same code between our check and this save; the unique index refused it.
            ModelState.AddModelError("Input.Code", "Deze code wordt al gebruikt door een andere indicator.");
            db.ChangeTracker.Clear();
            return Page();
        }
        await audit.RecordAsync(Core.Audit.AuditAction.Create, Core.Audit.AuditRecordType.Indicator, indicator.Code,
            details: $"kaart {indicator.FormCode}, gewicht {indicator.Weight}, kritiek {indicator.Critical}", cancellationToken: HttpContext.RequestAborted);
        logger.LogInformation("Administrator {AdminId} added indicator {Code} to card {FormCode}.", User.UserId(), indicator.Code, indicator.FormCode);
        TempData["Message"] = $"Indicator {indicator.Code} is toegevoegd aan de kaart {IndicatorCards.Title(Cards, indicator.FormCode)}.";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Cards = await IndicatorCards.LoadAsync(db, HttpContext.RequestAborted);
        Indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.FormCode).ThenBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync(HttpContext.RequestAborted);
    }
}
