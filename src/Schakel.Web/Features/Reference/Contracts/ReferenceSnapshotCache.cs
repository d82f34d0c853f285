using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Caching.Hybrid;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Reference.Contracts;

/// <summary>
/// Keeps one <see cref="ReferenceSnapshot"/> per database in this process for <see cref="ReferenceSnapshot.KeepFor"/>.
/// The key carries a version that a committed change of reference data raises (<see cref="ReferenceChangeInterceptor"/>):
/// the version is read before loading, so a load that overlaps a change is stored under a key nobody asks for again.
/// The snapshot holds EF entities and never goes to a distributed cache; every instance keeps its own copy and sees
/// another instance's change when its copy expires, as before.
/// </summary>
public sealed class ReferenceSnapshotCache(HybridCache cache)
{
    private static readonly HybridCacheEntryOptions Entry = new()
    {
        Expiration = ReferenceSnapshot.KeepFor,
        LocalCacheExpiration = ReferenceSnapshot.KeepFor,
        Flags = HybridCacheEntryFlags.DisableDistributedCache,
    };

    private long _version;

    public async Task<ReferenceSnapshot> GetAsync(SchakelDb db, CancellationToken cancellationToken)
    {
        var version = Interlocked.Read(ref _version);
        var key = $"reference-snapshot:{DatabaseKey(db)}:{version}";
        return await cache.GetOrCreateAsync(key, db, static async (db, ct) => await ReferenceSnapshot.ReadAsync(db, ct), Entry, cancellationToken: cancellationToken);
    }

    /// <summary>Drops every kept snapshot of this process; called after a change to reference data is committed.</summary>
    public void Invalidate() => Interlocked.Increment(ref _version);

    /// <summary>The cache of the application the context belongs to; none for a context made by hand (tools, tests).</summary>
    internal static ReferenceSnapshotCache? Of(SchakelDb db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<ReferenceSnapshotCache>();

    // Tests run several databases in one process; the connection string tells them apart without being kept as such.
    private static string DatabaseKey(SchakelDb db) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(db.Database.GetConnectionString() ?? "")));
}
