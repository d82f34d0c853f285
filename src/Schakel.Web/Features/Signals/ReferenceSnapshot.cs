using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Schakel.Core.Organisations;
using Schakel.Core.Reference;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Signals;

/// <summary>
/// The active code lists and municipalities for forms and validation. Every intake and signal page needs them and they
/// change a few times a year, so they are kept per database: a save that touches them in this process drops the copy
/// at once; a change made by another instance shows here within <see cref="KeepFor"/>.
/// </summary>
public sealed record ReferenceSnapshot(
    IReadOnlyList<ReferenceItem> Forms,
    IReadOnlyList<ReferenceItem> MelderTypes,
    IReadOnlyList<ReferenceItem> Sectors,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<Organisation> Municipalities)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(30);

    private sealed record Kept(ReferenceSnapshot Snapshot, long Version, long LoadedAt);

    private static readonly ConcurrentDictionary<string, Kept> Cache = new();
    private static long _version;

    /// <summary>True when the pending changes touch a code list, an indicator or an organisation.</summary>
    public static bool Touches(ChangeTracker tracker) => tracker.Entries().Any(e =>
        e.Entity is ReferenceItem or Indicator or Organisation && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    public static void Invalidate() => Interlocked.Increment(ref _version);

    public static async Task<ReferenceSnapshot> LoadAsync(SchakelDb db, CancellationToken cancellationToken = default)
    {
        // Read before loading: a change committed while this load runs leaves the copy already outdated.
        var version = Interlocked.Read(ref _version);
        var key = db.Database.GetConnectionString() ?? "";
        if (Cache.TryGetValue(key, out var kept) && kept.Version == version && Age(kept.LoadedAt) < KeepFor)
        {
            return kept.Snapshot;
        }
        var snapshot = await ReadAsync(db, cancellationToken);
        Cache[key] = new Kept(snapshot, version, System.Diagnostics.Stopwatch.GetTimestamp());
        return snapshot;
    }

    private static TimeSpan Age(long since) => System.Diagnostics.Stopwatch.GetElapsedTime(since);

    private static async Task<ReferenceSnapshot> ReadAsync(SchakelDb db, CancellationToken cancellationToken)
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
