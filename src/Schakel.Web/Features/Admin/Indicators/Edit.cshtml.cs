using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Reference;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Admin.Indicators;

[Authorize(Policy = Policies.Administration)]
public sealed class EditModel(SchakelDb db, Infrastructure.Audit.AuditLog audit, ILogger<EditModel> logger) : PageModel
{
    [BindProperty] public IndicatorInput Input { get; set; } = new();

    public Indicator Indicator { get; private set; } = null!;
    public string CardTitle { get; private set; } = "";
    public Indicator? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var i = Indicator;
        Input = new IndicatorInput { Label = i.Label, Weight = i.Weight, Critical = i.Critical, SortOrder = i.SortOrder, Active = i.Active, Version = i.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var oldWeight = Indicator.Weight;
        var wasCritical = Indicator.Critical;
        var wasActive = Indicator.Active;
        Indicator.Label = Input.Label.Trim();
        Indicator.Weight = Input.Weight!.Value;
        Indicator.Critical = Input.Critical;
        Indicator.SortOrder = Input.SortOrder ?? Indicator.SortOrder;
        Indicator.Active = Input.Active;
        db.Entry(Indicator).Property(i => i.Version).OriginalValue = Input.Version;
        if (!await db.SaveUnlessStaleAsync())
        {
            await LoadAsync(id);
            Current = Indicator;
            ModelState.Remove("Input.Version");
            Input.Version = Indicator.Version;
            ModelState.AddModelError("", AdminForm.ConflictMessage);
            return Page();
        }
        // The weights decide which signals reach the table first, so a change is part of the audit chain.
        await audit.RecordAsync(Core.Audit.AuditAction.Update, Core.Audit.AuditRecordType.Indicator, Indicator.Code,
            details: $"gewicht {oldWeight} → {Indicator.Weight}, kritiek {wasCritical} → {Indicator.Critical}, actief {wasActive} → {Indicator.Active}", cancellationToken: HttpContext.RequestAborted);
        logger.LogInformation("Administrator {AdminId} changed indicator {Code}.", User.UserId(), Indicator.Code);
        TempData["Message"] = $"Indicator {Indicator.Code} is opgeslagen.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int id)
    {
        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Id == id);
        if (indicator is null)
        {
            return false;
        }
        Indicator = indicator;
        CardTitle = IndicatorCards.Title(await IndicatorCards.LoadAsync(db, HttpContext.RequestAborted), indicator.FormCode);
        return true;
    }
}
