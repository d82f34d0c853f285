using Microsoft.EntityFrameworkCore;
using Schakel.Web.Features.Dashboard.Aggregates;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Dashboard.Contracts;

/// <summary>
/// Keeps <see cref="FigureMonthCount"/> current: recounts the months marked dirty by <see cref="FigureDirtyMarks"/>.
/// A recount deletes and re-inserts the counts of a month and municipality inside one transaction that holds the
/// refresh lock (an advisory lock on PostgreSQL; SQLite's write lock, taken at BEGIN IMMEDIATE), so two instances
/// refreshing at once run one after the other and the second finds nothing left to do.
/// </summary>
public sealed class FigureAggregator(SchakelDb db)
{
    private const long RefreshLock = 727276;

    /// <summary>Recounts every dirty month; returns the number of (month, municipality) pairs recounted.</summary>
    public async Task<int> RefreshAsync(CancellationToken ct)
    {
        if (!await db.Set<FigureDirtyMonth>().AnyAsync(ct))
        {
            return 0;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(ct);
        // Read under the lock: marks removed by a refresh that ran meanwhile are gone. Only the marks read here are
        // removed at the end; a change committed later leaves its own mark for the next refresh.
        var marks = await db.Set<FigureDirtyMonth>().AsNoTracking().ToListAsync(ct);
        var pairs = 0;
        foreach (var month in marks.GroupBy(m => m.Month))
        {
            var municipalities = month.Select(m => m.MunicipalityId).Distinct().ToList();
            pairs += municipalities.Count;
            await RecountAsync(month.Key, municipalities, ct);
        }
        foreach (var chunk in marks.Select(m => m.Id).Chunk(1000))
        {
            await db.Set<FigureDirtyMonth>().Where(m => chunk.Contains(m.Id)).ExecuteDeleteAsync(ct);
        }
        await tx.CommitAsync(ct);
        return pairs;
    }

    /// <summary>Recounts everything from the signals; for data written around SaveChanges (bulk loads, restores).</summary>
    public async Task RebuildAllAsync(CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(ct);
        await db.Set<FigureMonthCount>().ExecuteDeleteAsync(ct);
        await db.Set<FigureDirtyMonth>().ExecuteDeleteAsync(ct);
        if (await db.Signals.AnyAsync(ct))
        {
            var first = FigureMonths.Of(await db.Signals.MinAsync(s => s.ReceivedAt, ct));
            var last = FigureMonths.Of(await db.Signals.MaxAsync(s => s.ReceivedAt, ct));
            for (var month = first; month <= last; month = FigureMonths.Of(FigureMonths.FirstDay(month).AddMonths(1)))
            {
                await RecountAsync(month, null, ct);
            }
        }
        await tx.CommitAsync(ct);
    }

    private async Task LockAsync(CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({RefreshLock})", ct);
        }
    }

    /// <summary>Replaces the counts of one month for the given municipalities (null: all).</summary>
    private async Task RecountAsync(int month, List<int>? municipalities, CancellationToken ct)
    {
        var start = FigureMonths.Start(month);
        var end = FigureMonths.End(month);
        var signals = db.Signals.AsNoTracking().Where(s => s.ReceivedAt >= start && s.ReceivedAt < end);
        var counts = db.Set<FigureMonthCount>().Where(c => c.Month == month);
        if (municipalities is not null)
        {
            signals = signals.Where(s => municipalities.Contains(s.MunicipalityId ?? 0));
            counts = counts.Where(c => municipalities.Contains(c.MunicipalityId));
        }
        await counts.ExecuteDeleteAsync(ct);
        var rows = await FigureCounter.CountAsync(db, signals, ct);
        var entities = rows.Where(r => r.Dimension < FigureDimension.FlowWork)
            .Select(r => new FigureMonthCount { Month = month, MunicipalityId = r.MunicipalityId, Kind = r.Kind, Dimension = r.Dimension, Code = r.Code, N = r.N, IdSum = r.IdSum })
            .Concat(rows.Where(r => r.Dimension >= FigureDimension.FlowWork).GroupBy(r => (r.MunicipalityId, r.Kind, r.Dimension))
                .Select(g => new FigureMonthCount
                {
                    Month = month, MunicipalityId = g.Key.MunicipalityId, Kind = g.Key.Kind, Dimension = g.Key.Dimension,
                    N = g.Sum(r => r.N), IdSum = g.Sum(r => r.IdSum), Pairs = FigureCounter.Pack(g.OrderBy(r => r.Code, StringComparer.Ordinal)),
                }))
            .ToList();
        db.AddRange(entities);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            // The context may be a request's; leave nothing of the refresh tracked in it.
            foreach (var e in entities)
            {
                db.Entry(e).State = EntityState.Detached;
            }
        }
    }
}
