using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Table;

/// <summary>
/// Who reads which minutes. Full: the chair, the secretary and a seated chain director, who keep the record (with the
/// pre-round's open answers and who recorded each decision). Partner: every other member; never police-only content,
/// not even for a police reader, so the document can go round the table. Municipality: the attention officer of a
/// municipality, only that municipality's items.
/// </summary>
public enum MinutesVersion
{
    Municipality = 1,
    Partner = 2,
    Full = 3,
}

public sealed record MinutesSignal(int Id, string Reference, string? Municipality, int? CaseId);

public sealed record MinutesItem(
    int Number, ItemView View, IReadOnlyList<MinutesSignal> Signals, int? SameCaseAs, IReadOnlyList<TableAction> Actions, PreRoundAnswersView? Answers);

/// <summary>Items shown together: those whose signals belong to one flagged network, or a single item (no cluster).</summary>
public sealed record MinutesGroup(LinkCluster? Cluster, IReadOnlyList<MinutesItem> Items);

public sealed record MinutesSection(AgendaSection Section, IReadOnlyList<MinutesGroup> Groups);

public sealed record MinutesView(MinutesVersion Version, int? MunicipalityId, string? MunicipalityName, IReadOnlyList<MinutesSection> Sections, IReadOnlyList<MeetingAttendance> Attendance)
{
    public IEnumerable<MinutesItem> Items => Sections.SelectMany(s => s.Groups).SelectMany(g => g.Items);
}

/// <summary>
/// Builds the minutes from the agenda as <see cref="MeetingReader"/> reads it, in its order: numbers the items, keeps
/// each item's signal references (also after the signal joined a case), states a case's goal and agreements once, and
/// groups the items of a flagged network under it. What a version may not show is left out here, not in the page.
/// </summary>
public sealed class MinutesBuilder(SchakelDb db, LinkingOptions linking)
{
    public async Task<MinutesView> BuildAsync(TableMeeting meeting, IReadOnlyList<ItemView> agenda, MinutesVersion version, int? municipalityId, string? municipalityName, CancellationToken ct)
    {
        var views = version == MinutesVersion.Municipality ? agenda.Where(v => v.MunicipalityId == municipalityId).ToList() : agenda.ToList();
        var signals = await SignalsAsync(views, ct);
        if (version == MinutesVersion.Municipality)
        {
            signals = signals.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<MinutesSignal>)kv.Value.Where(s => s.Municipality == municipalityName).ToList());
        }
        // A network crosses municipalities: the municipality's version does not group by it.
        var clusters = version == MinutesVersion.Municipality ? [] : await LinkClusters.FlaggedAsync(db, linking, ct);
        var answers = version == MinutesVersion.Municipality ? [] : await db.Set<PreRoundAnswer>().AsNoTracking()
            .Where(a => a.MeetingId == meeting.Id).OrderBy(a => a.Answerer).ToListAsync(ct);

        var number = 0;
        var firstOfCase = new Dictionary<int, int>();
        var sections = new List<MinutesSection>();
        foreach (var section in views.Select(v => v.Item.Section).Distinct())
        {
            var inSection = views.Where(v => v.Item.Section == section).ToList();
            var placed = new HashSet<int>();
            var groups = new List<MinutesGroup>();
            foreach (var view in inSection)
            {
                if (placed.Contains(view.Item.Id))
                {
                    continue;
                }
                var cluster = ClusterOf(view, signals, clusters);
                var members = cluster is null ? [view] : inSection.Where(v => !placed.Contains(v.Item.Id) && ClusterOf(v, signals, clusters) == cluster).ToList();
                var items = new List<MinutesItem>();
                foreach (var v in members)
                {
                    placed.Add(v.Item.Id);
                    number++;
                    int? sameCase = null;
                    // Only a decided item shows the case's goal and agreements, so only that one can be referred to.
                    if (v.Case is { } c && v.Item.IsDecided)
                    {
                        sameCase = firstOfCase.TryGetValue(c.Id, out var first) ? first : null;
                        firstOfCase.TryAdd(c.Id, number);
                    }
                    var subjectAnswers = v.Subjects.Count == 0 || version == MinutesVersion.Municipality ? null
                        : new PreRoundAnswersView(v.Subjects.Select(s => new SubjectAnswers(s, answers.Where(a => a.SubjectId == s.Id).ToList())).ToList(), $"voorronde-{v.Item.Id}", 4);
                    items.Add(new MinutesItem(number, v, signals[v.Item.Id], sameCase, v.Actions, subjectAnswers));
                }
                groups.Add(new MinutesGroup(cluster, items));
            }
            sections.Add(new MinutesSection(section, groups));
        }
        var attendance = await db.Set<MeetingAttendance>().AsNoTracking().Where(a => a.MeetingId == meeting.Id)
            .OrderBy(a => a.Presence).ThenBy(a => a.Name).ToListAsync(ct);
        if (version == MinutesVersion.Municipality)
        {
            // Another municipality's guest would tell that it had an item.
            attendance = attendance.Where(a => a.Presence != Presence.Guest || a.Organisation == municipalityName).ToList();
        }
        return new MinutesView(version, municipalityId, municipalityName, sections, attendance);
    }

    private static LinkCluster? ClusterOf(ItemView view, IReadOnlyDictionary<int, IReadOnlyList<MinutesSignal>> signals, IReadOnlyList<LinkCluster> clusters)
    {
        var ids = signals[view.Item.Id].Select(s => s.Id).ToHashSet();
        return clusters.FirstOrDefault(c => c.Signals.Any(s => ids.Contains(s.Id)));
    }

    /// <summary>Per item its signals: the item's own signal, or for a case under monitoring every signal of the case.</summary>
    private async Task<Dictionary<int, IReadOnlyList<MinutesSignal>>> SignalsAsync(IReadOnlyList<ItemView> views, CancellationToken ct)
    {
        var signalIds = views.Where(v => v.Item.SignalId is not null).Select(v => v.Item.SignalId!.Value).ToList();
        var caseIds = views.Where(v => v.Item.SignalId is null && v.Item.CaseId is not null).Select(v => v.Item.CaseId!.Value).ToList();
        var rows = await db.Signals.AsNoTracking()
            .Where(s => signalIds.Contains(s.Id) || (s.CaseId != null && caseIds.Contains(s.CaseId.Value)))
            .OrderBy(s => s.Reference)
            .Select(s => new MinutesSignal(s.Id, s.Reference, s.Municipality!.Name, s.CaseId)).ToListAsync(ct);
        return views.ToDictionary(v => v.Item.Id, v => (IReadOnlyList<MinutesSignal>)(v.Item.SignalId is { } sid
            ? rows.Where(r => r.Id == sid).ToList()
            : rows.Where(r => r.CaseId == v.Item.CaseId).ToList()));
    }
}
