using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table;

/// <summary>A meeting opened for one user; <see cref="Denied"/> is set, and the meeting null, when it may not be shown.</summary>
public sealed record OpenedMeeting(TableMeeting? Meeting, Access Access, bool CanManage, IActionResult? Denied);

public sealed record TrackView(int Id, TrackKind Kind, TrackStatus Status, string? OutcomeCode, int Version);

/// <summary>An agenda item with what the table needs to see of it. Subjects and the level of concern are empty for readers without a seat.</summary>
public sealed record ItemView(
    AgendaItem Item, string Reference, string? Municipality, int? MunicipalityId, bool IsAcute, string? Description,
    IReadOnlyList<Subject> Subjects, TableCase? Case, IReadOnlyList<TrackView> Tracks, IReadOnlyList<TableAction> Actions,
    ConcernLevel? Level = null);

/// <summary>Reads a meeting's agenda as one user may see it: members see everything, an attention officer only the own municipality without personal details.</summary>
public sealed class MeetingReader(SchakelDb db, TableDirectory directory, AccessGuard guard)
{
    /// <summary>
    /// The meeting with the user's access to it, or the answer to give instead: not found, or forbidden (and audited as
    /// a denial of <paramref name="recordType"/>) when the user may not read it, or may not manage it when that is asked.
    /// </summary>
    public async Task<OpenedMeeting> OpenAsync(int id, ClaimsPrincipal user, bool manage, AuditRecordType recordType, CancellationToken ct)
    {
        var meeting = await directory.MeetingAsync(id, ct);
        if (meeting is null)
        {
            return new OpenedMeeting(null, Access.None, false, new NotFoundResult());
        }
        // Meeting numbers are sequential: a meeting the user may not read answers as if it did not exist.
        if (await guard.RefuseUnlessAsync(user, meeting, manage ? TableOperations.Manage : TableOperations.Read,
            Refusal.HiddenUnlessAllowed(TableOperations.Read, recordType, id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ct) is { } refused)
        {
            return new OpenedMeeting(null, Access.None, false, refused);
        }
        return new OpenedMeeting(meeting, await AccessAsync(meeting, user, ct), await guard.AllowsAsync(user, meeting, TableOperations.Manage), null);
    }

    public async Task<List<ItemView>> ItemsAsync(TableMeeting meeting, ClaimsPrincipal user, CancellationToken ct)
    {
        var member = await guard.AllowsAsync(user, meeting, TableOperations.Attend);
        var items = await db.Set<AgendaItem>().Where(i => i.MeetingId == meeting.Id)
            .Include(i => i.Signal!).ThenInclude(s => s.Municipality)
            .Include(i => i.Signal!).ThenInclude(s => s.Subjects)
            .Include(i => i.Case!).ThenInclude(c => c.Tracks)
            .AsSplitQuery().ToListAsync(ct);
        var caseIds = items.Where(i => i.CaseId is not null).Select(i => i.CaseId!.Value).ToList();
        var caseSignals = await db.Signals.Where(s => s.CaseId != null && caseIds.Contains(s.CaseId.Value))
            .Include(s => s.Subjects).Include(s => s.Municipality).AsSplitQuery().ToListAsync(ct);
        var actions = await db.Set<TableAction>().Where(a => a.MeetingId == meeting.Id).OrderBy(a => a.Id).ToListAsync(ct);
        var municipalityNames = await db.Organisations.Where(o => o.RegionId == meeting.Table!.RegionId).ToDictionaryAsync(o => o.Id, o => o.Name, ct);

        var views = new List<ItemView>();
        foreach (var item in items)
        {
            var signals = item.Signal is { } s ? [s] : caseSignals.Where(x => x.CaseId == item.CaseId).ToList();
            var municipalityId = item.Case?.MunicipalityId ?? item.Signal?.MunicipalityId;
            if (!member && !AccessPolicy.SeesItemWithoutSeat(user, municipalityId, signals.Select(x => x.MunicipalityId)))
            {
                continue;
            }
            var reference = item.Case is { } c ? c.Reference : item.Signal!.Reference;
            views.Add(new ItemView(item, reference,
                municipalityId is { } m && municipalityNames.TryGetValue(m, out var name) ? name : null, municipalityId,
                signals.Any(x => x.IsAcute), member ? signals.FirstOrDefault()?.Description : null,
                member ? signals.SelectMany(x => x.Subjects).ToList() : [],
                item.Case, item.Case?.Tracks.OrderBy(t => t.Kind).Select(t => new TrackView(t.Id, t.Kind, t.Status, t.OutcomeCode, t.Version)).ToList() ?? [],
                actions.Where(a => a.AgendaItemId == item.Id).ToList(),
                member && signals.Count > 0 ? signals.Max(x => x.EffectiveLevel) : null));
        }
        return AgendaOrder.Apply(views, v => v.Item, v => v.IsAcute);
    }

    /// <summary>Members work on the whole meeting; an attention officer reads it only when an item of the own municipality is on it.</summary>
    public Task<Access> AccessAsync(TableMeeting meeting, ClaimsPrincipal user, CancellationToken ct) =>
        guard.LevelAsync(user, meeting, TableOperations.Read, TableOperations.Attend);

    public async Task<List<TableAction>> OverdueAsync(TableMeeting meeting, CancellationToken ct)
    {
        var day = DutchTime.Day(meeting.StartsAt);
        return await AgendaBuilder.OverdueAt(db.Set<TableAction>(), db.Set<TableMeeting>(), meeting.TableId, day).OrderBy(a => a.DueOn).ToListAsync(ct);
    }

    /// <summary>How a track reads for this user: police see the criminal outcome; others only whether it is open.</summary>
    public static string TrackText(TrackView t, bool police)
    {
        if (TrackOutcomes.IsPoliceOnly(t.Kind) && !police)
        {
            return t.Status == TrackStatus.Open ? "strafrechtelijk traject open" : "strafrechtelijk traject gesloten";
        }
        var outcome = t.OutcomeCode is null ? "" : ": " + TrackOutcomes.Label(t.Kind, t.OutcomeCode);
        return TableLabels.Dutch(t.Status).ToLowerInvariant() + outcome;
    }
}
