using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Audit;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table;

/// <summary>The verslag, generated from the decisions; printable. Personal details only for members of the table.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MinutesModel(TableDirectory directory, MeetingReader reader, AuditLog audit) : PageModel
{
    public TableMeeting Meeting { get; private set; } = null!;
    public List<ItemView> Items { get; private set; } = [];
    public List<MemberInfo> Members { get; private set; } = [];
    public bool IsMember { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var meeting = await directory.MeetingAsync(id, ct);
        if (meeting is null)
        {
            return NotFound();
        }
        if (await HttpContext.Guard().RefuseUnlessAsync(User, meeting, TableOperations.Read, Refusal.Hidden(AuditRecordType.TableMinutes, id.ToString()), ct) is { } refused)
        {
            return refused;
        }
        Meeting = meeting;
        IsMember = await HttpContext.Guard().AllowsAsync(User, meeting, TableOperations.Attend);
        Items = await reader.ItemsAsync(meeting, User, ct);
        Members = IsMember ? await directory.MembersAsync(meeting.Table!, ct) : [];
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.TableMinutes, id.ToString(), cancellationToken: ct,
            subjects: Items.SelectMany(i => i.Subjects).Select(s => s.Id));
        return Page();
    }
}
