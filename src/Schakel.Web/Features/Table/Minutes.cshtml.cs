using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Audit;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table;

/// <summary>The verslag, generated from the decisions; printable. Personal details only for members of the table.</summary>
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
        if (await reader.AccessAsync(meeting, User, ct) == Access.None)
        {
            await audit.RecordAsync(AuditAction.Denied, AuditRecordType.TableMinutes, id.ToString(), cancellationToken: ct);
            return NotFound();
        }
        Meeting = meeting;
        IsMember = AccessPolicy.IsTableMember(User, meeting.Table!);
        Items = await reader.ItemsAsync(meeting, User, ct);
        Members = IsMember ? await directory.MembersAsync(meeting.Table!, ct) : [];
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.TableMinutes, id.ToString(), cancellationToken: ct,
            subjects: Items.SelectMany(i => i.Subjects).Select(s => s.Id));
        return Page();
    }
}
