using Microsoft.EntityFrameworkCore;
using Schakel.Core.Linking;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Linking.Contracts;

/// <summary>
/// Keeps the identifier index and the candidate links up to date whenever subjects are stored: called after a signal
/// is received and after a subject is added. Each subject is matched against all stored subjects at once through
/// its own blocking keys, with the engine's caps and scoring, so the work per subject does not grow with the data.
/// </summary>
public static class SubjectKeys
{
    /// <summary>At most this many candidates are kept per subject, best first (the engine's live-matching default).</summary>
    public const int MaxCandidates = 50;

    /// <summary>Weaker pairs are not kept: the engine's default, low enough to keep a shared phone between two names.</summary>
    public static readonly double MinScore = new Core.Linking.LinkOptions().MinScore;

    // A dozen signals about one person arriving at once (a phone shared by a group) each race for the same pairs.
    private const int SaveAttempts = 10;

    /// <summary>
    /// Re-indexes the subjects (which must have been saved) and refreshes their candidate links. Subjects saved just now
    /// (<paramref name="justCreated"/>) have no keys yet, so there is nothing to remove first.
    /// </summary>
    public static async Task UpdateAsync(SchakelDb db, IEnumerable<Subject> subjects, TimeProvider clock, bool justCreated = false, CancellationToken cancellationToken = default)
    {
        var indexed = await IndexAsync(db, subjects, justCreated, cancellationToken);
        await LinkAsync(db, indexed, clock, cancellationToken);
    }

    /// <summary>
    /// Stores the blocking keys of the saved subjects. Their links are found afterwards (<see cref="LinkAsync"/>), once
    /// these keys are committed: of two signals about the same person arriving at the same moment, the one that looks
    /// second then always sees the first.
    /// </summary>
    public static async Task<IReadOnlyList<IndexedSubject>> IndexAsync(SchakelDb db, IEnumerable<Subject> subjects, bool justCreated, CancellationToken cancellationToken)
    {
        var list = subjects.Where(s => s.Id > 0).ToList();
        if (list.Count == 0)
        {
            return [];
        }
        var ids = list.Select(s => s.Id).ToList();
        if (!justCreated)
        {
            await db.Set<SubjectKey>().Where(k => ids.Contains(k.SubjectId)).ExecuteDeleteAsync(cancellationToken);
        }
        var indexed = new List<IndexedSubject>();
        foreach (var subject in list)
        {
            var features = SubjectRecords.Features(subject);
            var keys = SubjectRecords.Keys(features);
            indexed.Add(new IndexedSubject(subject, features, keys));
            db.Set<SubjectKey>().AddRange(keys.Select(k => new SubjectKey { SubjectId = subject.Id, Kind = BlockingKeys.KindOf(k), Key = unchecked((long)k) }));
        }
        await db.SaveChangesAsync(cancellationToken);
        // Nothing reads these rows through the context again; tracking them would slow every later save of the caller.
        Detach<SubjectKey>(db);
        return indexed;
    }

    /// <summary>
    /// Refreshes the candidate links of indexed subjects. Changes the caller left pending (such as notifications) are
    /// saved with the first subject's links.
    /// </summary>
    public static async Task LinkAsync(SchakelDb db, IReadOnlyList<IndexedSubject> indexed, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var (subject, features, keys) in indexed)
        {
            var model = await Models.RegionModels.ForSignalAsync(db, subject.SignalId, cancellationToken);
            var found = await FindCandidatesAsync(db, subject, features, keys, cancellationToken, model);
            for (var attempt = 1; ; attempt++)
            {
                await MergeCandidatesAsync(db, subject.Id, found, now, model.Id, cancellationToken);
                // Saved per subject, so the next subject of the same batch sees the pairs this one just added. Inside a
                // caller's transaction EF saves to a savepoint, so a refused pair can be retried there as well.
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    break;
                }
                catch (DbUpdateException) when (attempt < SaveAttempts)
                {
                    // A parallel intake added one of these pairs, or a colleague decided one, in the meantime: read the
                    // stored pairs again and merge onto them, so this subject's other candidates are not lost.
                    Detach<SubjectLink>(db);
                }
                catch (DbUpdateException)
                {
                    // Still contended: the signal itself is stored; the next change to this subject refreshes its candidates.
                    break;
                }
            }
            Detach<SubjectLink>(db);
        }
    }

    public sealed record IndexedSubject(Subject Subject, SubjectFeatures Features, List<ulong> Keys);

    private static void Detach<T>(SchakelDb db) where T : class
    {
        foreach (var entry in db.ChangeTracker.Entries<T>().ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    /// <summary>Scored candidates of one subject among all stored subjects of other signals, best first.</summary>
    public static async Task<List<Found>> FindCandidatesAsync(
        SchakelDb db, Subject subject, SubjectFeatures features, List<ulong> keys, CancellationToken cancellationToken, LinkModel? model = null)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        var values = keys.Select(k => unchecked((long)k)).ToList();
        var kinds = keys.Select(BlockingKeys.KindOf).Distinct().ToList();
        var entries = db.Set<SubjectKey>().Where(k => kinds.Contains(k.Kind) && values.Contains(k.Key));
        var sizes = await entries.GroupBy(k => k.Key).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        // A block at or above its cap says little (a shared house, a placeholder number) and is skipped, as in the batch
        // engine; the subject itself is one of the block's entries.
        var usable = sizes.Where(b => b.Count - 1 < BlockingKeys.Cap(BlockingKeys.KindOf(unchecked((ulong)b.Key)))).Select(b => b.Key).ToList();
        if (usable.Count == 0)
        {
            return [];
        }
        var otherIds = await db.Set<SubjectKey>()
            .Where(k => kinds.Contains(k.Kind) && usable.Contains(k.Key) && k.SubjectId != subject.Id)
            .Select(k => k.SubjectId).Distinct().ToListAsync(cancellationToken);
        var others = await db.Subjects.AsNoTracking()
            .Where(s => otherIds.Contains(s.Id) && s.SignalId != subject.SignalId)
            .ToListAsync(cancellationToken);
        var found = new List<Found>();
        foreach (var other in others)
        {
            var pair = (model ?? DefaultModel.Instance).Score(features, SubjectRecords.Features(other));
            if (Keeps(pair, out var score))
            {
                found.Add(new Found(other.Id, score, pair.Reasons, pair.Kind));
            }
        }
        return found.OrderByDescending(f => f.Score).ThenBy(f => f.SubjectId).Take(MaxCandidates).ToList();
    }

    /// <summary>
    /// The score as stored (four decimals), and whether the pair is worth keeping as a candidate. A relation (a victim and
    /// a suspect sharing a phone) is kept whatever its identity score: it is a thread in a network, not a weak guess that
    /// both are one person.
    /// </summary>
    public static bool Keeps(PairScore pair, out double score)
    {
        score = Math.Round(pair.Score, 4);
        return LinkClassifier.Keep(pair.Kind, score, pair.Reasons, MinScore);
    }

    /// <summary>One scored candidate of a subject.</summary>
    public sealed record Found(int SubjectId, double Score, MatchReason Reasons, LinkKind Kind);

    private static async Task MergeCandidatesAsync(SchakelDb db, int subjectId, List<Found> found, DateTimeOffset now, string modelId, CancellationToken cancellationToken)
    {
        var existing = await db.Set<SubjectLink>().Where(l => l.SubjectAId == subjectId || l.SubjectBId == subjectId).ToListAsync(cancellationToken);
        var byOther = existing.ToDictionary(l => l.Other(subjectId));
        foreach (var (other, score, reasons, kind) in found)
        {
            if (!byOther.Remove(other, out var link))
            {
                link = new SubjectLink { SubjectAId = Math.Min(subjectId, other), SubjectBId = Math.Max(subjectId, other), FoundAt = now };
                db.Set<SubjectLink>().Add(link);
            }
            // A decided pair keeps its decision; a rejected pair therefore never comes back as a candidate.
            if (link.Status == LinkStatus.Candidate)
            {
                link.Rescore(score, reasons, kind, modelId);
            }
        }
        // What no longer matches after an edit is no longer a candidate; decisions stay on record.
        db.Set<SubjectLink>().RemoveRange(byOther.Values.Where(l => l.Status == LinkStatus.Candidate));
    }
}
