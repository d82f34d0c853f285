using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Audit;

namespace Schakel.Web.Features.Care;

/// <summary>
/// The care file of one possible victim: an overview of its parts, each changed through its own section page
/// (Needs, Placements, LegalSteps, Contacts, Consents, Goals, Notes, Closing). The care coordinator sees and edits
/// everything; the municipality's attention officer gets a reduced view (status and goals): needs, clinical notes,
/// contacts and consents are not even loaded.
/// </summary>
public sealed class CareFileModel(CareFileAccess access, AuditLog audit) : PageModel
{
    public CareFileView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string? tab, string? weergave)
    {
        var (view, refused) = await access.LoadAsync(User, id, edit: false, HttpContext.RequestAborted);
        if (view is null)
        {
            return refused!;
        }
        View = view;
        view.Tab = weergave == "afdrukken" ? CareTabs.Print : CareTabs.Known(tab, view.Full);
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.CareFile, id.ToString(), details: view.Full ? null : "samenvatting", cancellationToken: HttpContext.RequestAborted,
            subjects: [view.Dossier.SubjectId]);
        return Page();
    }
}
