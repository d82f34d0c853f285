using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Schakel.Core.Organisations;
using Schakel.Core.Reference;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Reference.Contracts;

/// <summary>
/// The active code lists and municipalities for forms and validation. Every intake and signal page needs them and they
/// change a few times a year, so they are kept per database in <see cref="ReferenceSnapshotCache"/>: a save that
/// touches them in this process drops the copy at once; a change made by another instance shows here within
/// <see cref="KeepFor"/>. Never changed once built, so the cache hands out the one instance.
/// </summary>
[ImmutableObject(true)]
public sealed record ReferenceSnapshot(
    IReadOnlyList<ReferenceItem> Forms,
    IReadOnlyList<ReferenceItem> MelderTypes,
    IReadOnlyList<ReferenceItem> Sectors,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<Organisation> Municipalities)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(30);

    /// <summary>True when the pending changes touch a code list, an indicator or an organisation.</summary>
    public static bool Touches(ChangeTracker tracker) => tracker.Entries().Any(e =>
        e.Entity is ReferenceItem or Indicator or Organisation && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    /// <summary>The snapshot of the database behind <paramref name="db"/>, from the cache when the app has one.</summary>
    public static async Task<ReferenceSnapshot> LoadAsync(SchakelDb db, CancellationToken cancellationToken = default) =>
        ReferenceSnapshotCache.Of(db) is { } cache ? await cache.GetAsync(db, cancellationToken) : await ReadAsync(db, cancellationToken);

    internal static async Task<ReferenceSnapshot> ReadAsync(SchakelDb db, CancellationToken cancellationToken)
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
