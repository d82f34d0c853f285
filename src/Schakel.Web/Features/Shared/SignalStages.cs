using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Shared;

/// <summary>
/// Loads the cases behind a page's signals and keeps those the reader may see (<see cref="AccessPolicy.ForCase"/>), so
/// every status line (<see cref="SignalStage"/>) names a case only to whoever may open it.
/// </summary>
public sealed class SignalStages(SchakelDb db)
{
    public async Task<StageLookup> ForAsync(ClaimsPrincipal user, IEnumerable<int?> caseIds, CancellationToken ct)
    {
        var ids = caseIds.OfType<int>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return StageLookup.Empty;
        }
        var cases = await db.Set<TableCase>().AsNoTracking().Include(c => c.Tracks).Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var tableIds = cases.Select(c => c.TableId).Distinct().ToList();
        var tables = await db.Set<RegionalTable>().AsNoTracking().Include(t => t.Members).Where(t => tableIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var municipalities = (await db.Signals.AsNoTracking().Where(s => s.CaseId != null && ids.Contains(s.CaseId.Value))
            .Select(s => new { CaseId = s.CaseId!.Value, s.MunicipalityId }).ToListAsync(ct))
            .ToLookup(s => s.CaseId, s => s.MunicipalityId);
        var visible = new Dictionary<int, (string, CaseStage, int)>();
        foreach (var c in cases)
        {
            if (tables.TryGetValue(c.TableId, out var table) && AccessPolicy.ForCase(user, table, c, municipalities[c.Id]) != Access.None)
            {
                var open = c.Tracks.Count(t => t.Status == TrackStatus.Open);
                visible[c.Id] = (c.Reference, c.IsClosed ? CaseStage.Closed : open > 0 ? CaseStage.OpenTracks : CaseStage.Monitoring, open);
            }
        }
        return new StageLookup(visible);
    }
}

/// <summary>The cases of one page the reader may see, by id.</summary>
public sealed class StageLookup(IReadOnlyDictionary<int, (string Reference, CaseStage Stage, int OpenTracks)> visible)
{
    public static readonly StageLookup Empty = new(new Dictionary<int, (string, CaseStage, int)>());

    public string Describe(SignalStatus status, int? caseId) =>
        SignalStage.Describe(status, caseId, caseId is { } id && visible.TryGetValue(id, out var c) ? c : null);

    /// <summary>The case link, only for a case the reader may see.</summary>
    public bool Shows(int? caseId) => caseId is { } id && visible.ContainsKey(id);
}
