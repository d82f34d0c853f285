using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Dashboard.Aggregates;

/// <summary>
/// The dashboard's pre-counted figures of the months a save touches go stale in the same transaction as the change.
/// The marks are the dashboard's bookkeeping: once saved they are detached, and the caller's count leaves them out.
/// </summary>
public sealed class FigureDirtyMarksInterceptor : SaveStateInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<FigureDirtyMonth>> _marks = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is SchakelDb db)
        {
            _marks.AddOrUpdate(db, FigureDirtyMarks.Add(db));
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is SchakelDb db)
        {
            _marks.AddOrUpdate(db, await FigureDirtyMarks.AddAsync(db, cancellationToken));
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) => Saved(eventData.Context, result);

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Saved(eventData.Context, result));

    private int Saved(DbContext? context, int result)
    {
        if (context is SchakelDb db && _marks.TryGetValue(db, out var marks))
        {
            _marks.Remove(db);
            FigureDirtyMarks.Detach(db, marks);
            return result - marks.Count;
        }
        return result;
    }

    // A refused save keeps its marks pending with the rest of the caller's changes; only this bookkeeping goes.
    protected override void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _marks.Remove(context);
        }
    }
}
