using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MimeKit;
using Schakel.Core.Audit;
using Schakel.Web.Features.Notifications.Mail;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Notifications;

/// <summary>One .eml file from the pickup folder, shown as the recipient would read its plain text.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class OutgoingMailFilePageModel(IMailTransport transport, AuditLog audit) : PageModel
{
    public string Subject { get; private set; } = "";
    public string To { get; private set; } = "";
    public string From { get; private set; } = "";
    public DateTimeOffset Date { get; private set; }
    public string Text { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string name)
    {
        // Only a bare file name from the folder: no path can reach outside it.
        if (transport is not PickupDirectoryTransport pickup || name != Path.GetFileName(name) || !name.EndsWith(".eml", StringComparison.Ordinal))
        {
            return NotFound();
        }
        var path = Path.Combine(pickup.Directory, name);
        if (!System.IO.File.Exists(path))
        {
            return NotFound();
        }
        using var message = await MimeMessage.LoadAsync(path, HttpContext.RequestAborted);
        Subject = message.Subject ?? "";
        To = message.To.ToString();
        From = message.From.ToString();
        Date = message.Date;
        Text = message.TextBody ?? "";
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.OutgoingMail, name, cancellationToken: HttpContext.RequestAborted);
        return Page();
    }
}
