using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Signals;

/// <summary>Asks "why do you open this signal?" before a break-glass read; the answer goes into the audit log, flagged.</summary>
public sealed class BreakGlassRequestModel(SchakelDb db, AuditLog audit) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Geef aan waarom u deze melding zonder betrokkenheid bij de zaak opent."),
     MinLength(15, ErrorMessage = "Beschrijf de reden in ten minste 15 tekens."), MaxLength(1000, ErrorMessage = "De reden is te lang (maximaal 1000 tekens).")]
    [Display(Name = "Reden")]
    public string Purpose { get; set; } = "";

    public string Reference { get; private set; } = "";

    public IActionResult OnGet(string reference)
    {
        Reference = reference;
        return BreakGlass.IsEligible(User) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(string reference)
    {
        Reference = reference;
        if (!BreakGlass.IsEligible(User))
        {
            return Forbid();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var id = await db.Signals.Where(s => s.Reference == reference).Select(s => (int?)s.Id).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (id is null)
        {
            return NotFound();
        }
        await audit.RecordAsync(AuditAction.BreakGlass, AuditRecordTypes.Signal, id.Value.ToString(CultureInfo.InvariantCulture), purpose: Purpose.Trim(), flagged: true, cancellationToken: HttpContext.RequestAborted);
        return RedirectToPage("/Signals/Detail", new { reference });
    }
}
