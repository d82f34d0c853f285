using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Web.Features.Notifications;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Table;

/// <summary>An invited municipality as the chair sees it.</summary>
public sealed record InvitedMunicipality(int OrganisationId, string Name, DateTimeOffset InvitedAt);

/// <summary>
/// The municipality at the table (IJsselland): when the chair prepares a meeting, the municipality of every item on
/// its agenda is invited for its own items, and its attention officers hear of it. Inviting again only adds the
/// municipalities that came on the agenda since, so nobody is notified twice.
/// </summary>
public sealed class MeetingInvitations(SchakelDb db, TableDirectory directory, Notifier notifier, TimeProvider clock)
{
    public async Task<int> InviteAsync(TableMeeting meeting, CancellationToken ct)
    {
        var wanted = await MunicipalitiesWithItemsAsync(meeting.Id, ct);
        var invited = await db.Set<MeetingGuest>().Where(g => g.MeetingId == meeting.Id).Select(g => g.OrganisationId).ToListAsync(ct);
        var added = wanted.Except(invited).ToList();
        if (added.Count == 0)
        {
            return 0;
        }
        var now = clock.GetUtcNow();
        db.Set<MeetingGuest>().AddRange(added.Select(o => new MeetingGuest { MeetingId = meeting.Id, OrganisationId = o, InvitedAt = now }));
        // Members hear of the meeting through the pre-round already; the invitation is for those without a seat.
        var members = (await directory.MembersAsync(meeting.Table!, ct)).Select(m => m.UserId).ToHashSet();
        var officers = (await MunicipalOfficers.OfAsync(db, added, ct)).Select(o => o.UserId).Where(u => !members.Contains(u));
        var mail = await notifier.AddAsync(officers, NotificationKind.MeetingInvitation,
            $"Uitnodiging: de regionale tafel van {DutchTime.Format(meeting.StartsAt)} bespreekt een punt van uw gemeente",
            $"/tafel/vergaderingen/{meeting.Id}", ct);
        await db.SaveChangesAsync(ct);
        await notifier.SendAsync(mail, ct);
        return added.Count;
    }

    public async Task<List<InvitedMunicipality>> GuestsAsync(int meetingId, CancellationToken ct) =>
        await (from g in db.Set<MeetingGuest>()
               join o in db.Organisations on g.OrganisationId equals o.Id
               where g.MeetingId == meetingId
               orderby o.Name
               select new InvitedMunicipality(o.Id, o.Name, g.InvitedAt)).ToListAsync(ct);

    /// <summary>The municipalities of the items still to be discussed: each signal's, each case's and its signals'.</summary>
    private async Task<List<int>> MunicipalitiesWithItemsAsync(int meetingId, CancellationToken ct)
    {
        var items = db.Set<AgendaItem>().Where(i => i.MeetingId == meetingId && i.PostponedReason == null);
        var ofSignals = await items.Where(i => i.Signal != null && i.Signal.MunicipalityId != null).Select(i => i.Signal!.MunicipalityId!.Value).ToListAsync(ct);
        var ofCases = await items.Where(i => i.Case != null && i.Case.MunicipalityId != null).Select(i => i.Case!.MunicipalityId!.Value).ToListAsync(ct);
        var caseIds = items.Where(i => i.CaseId != null).Select(i => i.CaseId);
        var ofCaseSignals = await db.Signals.Where(s => s.CaseId != null && caseIds.Contains(s.CaseId) && s.MunicipalityId != null)
            .Select(s => s.MunicipalityId!.Value).ToListAsync(ct);
        return ofSignals.Concat(ofCases).Concat(ofCaseSignals).Distinct().ToList();
    }
}
