using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Audit;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table;

/// <summary>
/// The verslag, generated from the decisions; printable. The server decides the version from the reader (see
/// <see cref="MinutesVersion"/>); a reader may ask for a smaller version (to send it on), never a larger one.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MinutesModel(SchakelDb db, TableDirectory directory, MeetingReader reader, AuditLog audit, LinkingOptions linking) : PageModel
{
    public TableMeeting Meeting { get; private set; } = null!;
    public MinutesView Minutes { get; private set; } = null!;
    public MinutesVersion Highest { get; private set; }
    /// <summary>Municipalities with an item, for the links to their versions (only for members).</summary>
    public List<(int Id, string Name)> Municipalities { get; private set; } = [];
    public List<MemberInfo> NotAnswered { get; private set; } = [];
    /// <summary>Police-only content in the full version, for a police reader only (SPEC: never shown to others).</summary>
    public bool ShowPoliceContent { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? versie, int? gemeente)
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
        var guard = HttpContext.Guard();
        var member = await guard.AllowsAsync(User, meeting, TableOperations.Attend);
        var keeper = await guard.AllowsAsync(User, meeting, TableOperations.Manage) || (member && User.IsInRole(Roles.ChainDirector));
        Highest = keeper ? MinutesVersion.Full : member ? MinutesVersion.Partner : MinutesVersion.Municipality;
        var agenda = await reader.ItemsAsync(meeting, User, ct);
        var names = await db.Organisations.AsNoTracking().Where(o => o.RegionId == meeting.Table!.RegionId).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        Municipalities = agenda.Where(v => v.MunicipalityId is not null).Select(v => v.MunicipalityId!.Value).Distinct()
            .Select(m => (m, names.GetValueOrDefault(m, "onbekend"))).OrderBy(m => m.Item2).ToList();

        var version = Requested(versie) is { } asked && asked < Highest ? asked : Highest;
        // Without a seat the version is the reader's own municipality; a member chooses one with an item.
        var municipality = !member ? User.MunicipalityFollowedAtTables()
            : version == MinutesVersion.Municipality ? gemeente ?? Municipalities.Select(m => (int?)m.Id).FirstOrDefault() : null;
        if (version == MinutesVersion.Municipality && municipality is null)
        {
            return NotFound();
        }
        var municipalityName = municipality is { } mid ? names.GetValueOrDefault(mid) : null;
        Minutes = await new MinutesBuilder(db, linking).BuildAsync(meeting, agenda, version, municipality, municipalityName, ct);
        ShowPoliceContent = version == MinutesVersion.Full && await guard.AllowsAsync(User, Policies.PoliceDetails);
        if (version == MinutesVersion.Full)
        {
            var answered = await db.Set<PreRoundAnswer>().Where(a => a.MeetingId == id).Select(a => a.UserId).Distinct().ToListAsync(ct);
            NotAnswered = (await directory.MembersAsync(meeting.Table!, ct))
                .Where(m => m.UserId != meeting.Table!.ChairUserId && !answered.Contains(m.UserId)).ToList();
        }
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.TableMinutes, id.ToString(), details: Label(version), cancellationToken: ct,
            subjects: version == MinutesVersion.Municipality ? null : Minutes.Items.SelectMany(i => i.View.Subjects).Select(s => s.Id));
        return Page();
    }

    private static MinutesVersion? Requested(string? versie) => versie switch
    {
        "volledig" => MinutesVersion.Full,
        "partners" => MinutesVersion.Partner,
        "gemeente" => MinutesVersion.Municipality,
        _ => null,
    };

    public static string Label(MinutesVersion version) => version switch
    {
        MinutesVersion.Full => "volledige versie",
        MinutesVersion.Partner => "versie voor de tafelpartners",
        MinutesVersion.Municipality => "versie voor de gemeente",
        _ => version.ToString(),
    };
}
