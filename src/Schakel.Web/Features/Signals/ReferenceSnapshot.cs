using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisations;
using Schakel.Core.Reference;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Signals;

/// <summary>The active code lists and municipalities, loaded once per request for forms and validation.</summary>
public sealed record ReferenceSnapshot(
    IReadOnlyList<ReferenceItem> Forms,
    IReadOnlyList<ReferenceItem> MelderTypes,
    IReadOnlyList<ReferenceItem> Sectors,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<Organisation> Municipalities)
{
    public static async Task<ReferenceSnapshot> LoadAsync(SchakelDb db, CancellationToken cancellationToken = default)
    {
        var items = await db.ReferenceItems.AsNoTracking().Where(i => i.Active).OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.Active).OrderBy(i => i.FormCode).ThenBy(i => i.SortOrder).ToListAsync(cancellationToken);
        var municipalities = await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Municipality && o.Active).OrderBy(o => o.Name).ToListAsync(cancellationToken);
        return new ReferenceSnapshot(
            items.Where(i => i.List == ReferenceList.ExploitationForm).ToList(),
            items.Where(i => i.List == ReferenceList.MelderType).ToList(),
            items.Where(i => i.List == ReferenceList.Sector).ToList(),
            indicators,
            municipalities);
    }

    public string FormLabel(string code) => Forms.FirstOrDefault(f => f.Code == code)?.Label ?? code;
    public string MelderTypeLabel(string code) => MelderTypes.FirstOrDefault(f => f.Code == code)?.Label ?? code;
    public string SectorLabel(string? code) => code is null ? "" : Sectors.FirstOrDefault(f => f.Code == code)?.Label ?? code;
    public string MunicipalityName(int? id) => id is null ? "" : Municipalities.FirstOrDefault(m => m.Id == id)?.Name ?? "";

    /// <summary>The indicator cards to show: the general card plus one per chosen form.</summary>
    public IEnumerable<IGrouping<string, Indicator>> Cards => Indicators.GroupBy(i => i.FormCode);
}
