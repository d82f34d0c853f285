using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.BasicLevel;
using Schakel.Core.Organisations;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.BasicLevel.Contracts;

/// <summary>Sessions and people reached for one organisation and target group.</summary>
public sealed record SessionCount(int OrganisationId, string Organisation, bool IsMunicipality, string TargetGroup, int Sessions, int Reached);

/// <summary>Everything the regional "state of affairs" shows, loaded once for the page and the Excel export alike.</summary>
public sealed class StateOfAffairsData
{
    public required IReadOnlyList<BuildingBlock> Blocks { get; init; }
    public required IReadOnlyList<Organisation> Municipalities { get; init; }
    public required IReadOnlyDictionary<(int Municipality, int Block), MunicipalBuildingBlock> Cells { get; init; }
    public required IReadOnlyList<ActionPoint> ActionPoints { get; init; }
    public required IReadOnlyList<SessionCount> SessionCounts { get; init; }

    public MunicipalBuildingBlock? Cell(int municipalityId, int blockId) => Cells.GetValueOrDefault((municipalityId, blockId));

    public BuildingBlockStatus StatusOf(int municipalityId, int blockId) => Cell(municipalityId, blockId)?.Status ?? BuildingBlockStatus.NotStarted;

    public int DoneCount(int municipalityId, bool optional) =>
        Blocks.Count(b => b.IsOptional == optional && StatusOf(municipalityId, b.Id) == BuildingBlockStatus.Done);

    /// <summary>One cell as text, the same on screen, on paper and in Excel: status plus date when there is one.</summary>
    public static string CellText(MunicipalBuildingBlock? cell) =>
        cell is null ? BasicLevelLabels.Dutch(BuildingBlockStatus.NotStarted)
        : cell.Date is { } d ? $"{BasicLevelLabels.Dutch(cell.Status)} {FormatDate(d)}"
        : BasicLevelLabels.Dutch(cell.Status);

    public static string FormatDate(DateOnly date) => DutchTime.FormatDate(date);
}

public sealed class StateOfAffairs(SchakelDb db)
{
    public async Task<StateOfAffairsData> LoadAsync(CancellationToken ct)
    {
        var blocks = await ActiveBlocksAsync(db, ct);
        var municipalities = await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Municipality && o.Active).OrderBy(o => o.Name).ToListAsync(ct);
        var cells = await db.Set<MunicipalBuildingBlock>().AsNoTracking().ToListAsync(ct);
        var actions = await db.Set<ActionPoint>().AsNoTracking().Include(a => a.Municipality).Include(a => a.BuildingBlock)
            .OrderBy(a => a.MunicipalityId == null ? 0 : 1).ThenBy(a => a.DueBy).ThenBy(a => a.Id).ToListAsync(ct);
        return new StateOfAffairsData
        {
            Blocks = blocks,
            Municipalities = municipalities,
            Cells = cells.ToDictionary(c => (c.MunicipalityId, c.BuildingBlockId)),
            ActionPoints = actions,
            SessionCounts = await SessionCountsAsync(db, null, ct),
        };
    }

    public static Task<List<BuildingBlock>> ActiveBlocksAsync(SchakelDb db, CancellationToken ct) =>
        db.Set<BuildingBlock>().AsNoTracking().Where(b => b.Active).OrderBy(b => b.IsOptional).ThenBy(b => b.SortOrder).ThenBy(b => b.Title).ToListAsync(ct);

    /// <summary>Sessions and people reached per organisation and target group, optionally for one organisation.</summary>
    public static async Task<List<SessionCount>> SessionCountsAsync(SchakelDb db, int? organisationId, CancellationToken ct)
    {
        var query = db.Set<TrainingSession>().AsNoTracking();
        if (organisationId is { } id)
        {
            query = query.Where(s => s.OrganisationId == id);
        }
        var rows = await query.GroupBy(s => new { s.OrganisationId, s.TargetGroup })
            .Select(g => new { g.Key.OrganisationId, g.Key.TargetGroup, Sessions = g.Count(), Reached = g.Sum(s => s.Reached) }).ToListAsync(ct);
        var ids = rows.Select(r => r.OrganisationId).Distinct().ToList();
        var orgs = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        return rows.Select(r => new SessionCount(r.OrganisationId, orgs[r.OrganisationId].Name, orgs[r.OrganisationId].IsMunicipality,
                TargetGroups.Label(r.TargetGroup), r.Sessions, r.Reached))
            .OrderBy(r => r.IsMunicipality ? 0 : 1).ThenBy(r => r.Organisation).ThenBy(r => r.TargetGroup).ToList();
    }
}
