using Microsoft.EntityFrameworkCore;
using Schakel.Core.Reference;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Admin;

/// <summary>The code lists come from the app's cache until a save that changes reference data commits.</summary>
public sealed class ReferenceSnapshotCacheTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task The_snapshot_is_kept_between_requests_and_dropped_when_reference_data_changes()
    {
        var first = await factory.WithAsync(db => ReferenceSnapshot.LoadAsync(db));
        var again = await factory.WithAsync(db => ReferenceSnapshot.LoadAsync(db));
        again.ShouldBeSameAs(first);

        await factory.WithAsync(async db =>
        {
            var item = await db.ReferenceItems.FirstAsync(i => i.List == ReferenceList.Sector);
            item.Label += " ";
            return await db.SaveChangesAsync();
        });
        var after = await factory.WithAsync(db => ReferenceSnapshot.LoadAsync(db));
        after.ShouldNotBeSameAs(first);
        (await factory.WithAsync(db => ReferenceSnapshot.LoadAsync(db))).ShouldBeSameAs(after);
    }
}
