using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Dashboard.Aggregates;

/// <summary>
/// Before a save: adds a <see cref="FigureDirtyMonth"/> for every month and municipality whose counts the saved signals,
/// subjects, forms and agenda decisions change, so the mark is committed (or rolled back) with the change itself. A signal that moves to
/// another municipality or month marks both the old and the new one.
/// </summary>
internal static class FigureDirtyMarks
{
    public static List<FigureDirtyMonth> Add(SchakelDb db)
    {
        var (keys, lookups) = Collect(db);
        foreach (var s in lookups.Count == 0 ? [] : Query(db, lookups).ToList())
        {
            keys.Add(Key(s.ReceivedAt, s.MunicipalityId));
        }
        return Track(db, keys);
    }

    public static async Task<List<FigureDirtyMonth>> AddAsync(SchakelDb db, CancellationToken ct)
    {
        var (keys, lookups) = Collect(db);
        foreach (var s in lookups.Count == 0 ? [] : await Query(db, lookups).ToListAsync(ct))
        {
            keys.Add(Key(s.ReceivedAt, s.MunicipalityId));
        }
        return Track(db, keys);
    }

    private sealed record Place(DateTimeOffset ReceivedAt, int? MunicipalityId);

    private static IQueryable<Place> Query(SchakelDb db, HashSet<int> ids)
    {
        var list = ids.ToList();
        return db.Signals.AsNoTracking().Where(s => list.Contains(s.Id)).Select(s => new Place(s.ReceivedAt, s.MunicipalityId));
    }

    private static List<FigureDirtyMonth> Track(SchakelDb db, HashSet<(int Month, int Municipality)> keys)
    {
        var marks = keys.Select(k => new FigureDirtyMonth { Month = k.Month, MunicipalityId = k.Municipality }).ToList();
        db.Set<FigureDirtyMonth>().AddRange(marks);
        return marks;
    }

    private static (HashSet<(int Month, int Municipality)> Keys, HashSet<int> Lookups) Collect(SchakelDb db)
    {
        var keys = new HashSet<(int Month, int Municipality)>();
        var tracked = new Dictionary<int, EntityEntry<Signal>>();
        var lookups = new HashSet<int>();
        foreach (var entry in db.ChangeTracker.Entries<Signal>())
        {
            if (!entry.Property(s => s.Id).IsTemporary)
            {
                tracked[entry.Entity.Id] = entry;
            }
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                keys.Add(Key(entry.Entity.ReceivedAt, entry.Entity.MunicipalityId));
                if (entry.State != EntityState.Added)
                {
                    keys.Add(Key(entry.Property(s => s.ReceivedAt).OriginalValue, entry.Property(s => s.MunicipalityId).OriginalValue));
                }
            }
        }
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is not (Subject or SignalForm or AgendaItem) || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            var signalId = entry.Property(nameof(Subject.SignalId));
            // A new signal's own entry already marked its month.
            if (!signalId.IsTemporary)
            {
                if (signalId.CurrentValue is int current)
                {
                    Note(current);
                }
                if (entry.State == EntityState.Modified && signalId.OriginalValue is int original)
                {
                    Note(original);
                }
            }
        }
        return (keys, lookups);

        void Note(int id)
        {
            if (tracked.TryGetValue(id, out var s))
            {
                keys.Add(Key(s.Entity.ReceivedAt, s.Entity.MunicipalityId));
                if (s.State != EntityState.Added)
                {
                    keys.Add(Key(s.Property(x => x.ReceivedAt).OriginalValue, s.Property(x => x.MunicipalityId).OriginalValue));
                }
            }
            else
            {
                lookups.Add(id);
            }
        }
    }

    /// <summary>After the save the marks belong to the database, not to the caller's context.</summary>
    public static void Detach(SchakelDb db, List<FigureDirtyMonth> marks)
    {
        foreach (var m in marks)
        {
            db.Entry(m).State = EntityState.Detached;
        }
    }

    private static (int, int) Key(DateTimeOffset at, int? municipality) => (FigureMonths.Of(at), municipality ?? 0);
}
