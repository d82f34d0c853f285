using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Table;

/// <summary>
/// The one order of an agenda, wherever it is shown or edited: by section, acute items above the others within each
/// section, then the chair's order. Acute is read from the signals at the moment of showing, so an item that became
/// acute, or was added acute after the chair ordered the agenda, still comes first; the chair's order among the acute
/// items and among the others stays as the chair left it.
/// </summary>
public static class AgendaOrder
{
    public static List<T> Apply<T>(IEnumerable<T> items, Func<T, AgendaItem> item, Func<T, bool> acute) =>
        items.OrderBy(x => item(x).Section).ThenByDescending(acute).ThenBy(x => item(x).Position).ToList();

    /// <summary>The items of a meeting that are acute: about an acute signal, or a case with an acute signal.</summary>
    public static async Task<HashSet<int>> AcuteItemIdsAsync(SchakelDb db, int meetingId, CancellationToken ct)
    {
        var bySignal = await db.Set<AgendaItem>().Where(i => i.MeetingId == meetingId && i.Signal!.IsAcute).Select(i => i.Id).ToListAsync(ct);
        var byCase = await db.Set<AgendaItem>()
            .Where(i => i.MeetingId == meetingId && i.CaseId != null && db.Signals.Any(s => s.CaseId == i.CaseId && s.IsAcute))
            .Select(i => i.Id).ToListAsync(ct);
        return [.. bySignal, .. byCase];
    }
}
