using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Reference;

/// <summary>Drops the kept reference snapshots once a save that changed code lists, indicators or organisations commits.</summary>
public sealed class ReferenceChangeInterceptor(ReferenceSnapshotCache cache) : SaveStateInterceptor
{
    private static readonly object Pending = new();
    private readonly ConditionalWeakTable<DbContext, object> _touched = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Committed(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Note(DbContext? context)
    {
        if (context is not null && ReferenceSnapshot.Touches(context.ChangeTracker))
        {
            _touched.AddOrUpdate(context, Pending);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && _touched.Remove(context))
        {
            cache.Invalidate();
        }
    }

    protected override void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _touched.Remove(context);
        }
    }
}
