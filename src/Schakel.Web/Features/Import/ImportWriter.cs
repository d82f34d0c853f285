using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Import;

/// <summary>
/// Writes one chunk of parsed signals in one transaction: new ones inserted, changed ones of the same source updated
/// (their old values kept for a rollback), unchanged ones left alone, and the persons' linking keys added. A signal
/// that was worked on in Schakel since its import is never overwritten.
/// </summary>
internal sealed class ImportWriter(SchakelDb db, ImportBatch batch, ImportSource source, DateTimeOffset now)
{
    /// <summary>The existing signals of the source among the keys: id, hash and the batch that last wrote them.</summary>
    public static async Task<Dictionary<string, (int Id, string? Hash, int? BatchId)>> ExistingAsync(SchakelDb db, int sourceId, IEnumerable<ParsedSignal> chunk, CancellationToken ct)
    {
        var keys = chunk.Where(p => !p.Refused).Select(p => p.Key).ToList();
        if (keys.Count == 0)
        {
            return [];
        }
        var rows = await db.Signals.AsNoTracking().Where(s => s.ImportSourceId == sourceId && keys.Contains(s.ImportSourceKey!))
            .Select(s => new { s.Id, s.ImportSourceKey, s.ImportHash, s.ImportBatchId }).ToListAsync(ct);
        return rows.ToDictionary(r => r.ImportSourceKey!, r => (r.Id, r.ImportHash, r.ImportBatchId), StringComparer.Ordinal);
    }

    /// <summary>Writes the chunk; fills the outcome of each signal into <paramref name="report"/>.</summary>
    public async Task WriteAsync(List<ParsedSignal> chunk, ImportReport report, CancellationToken ct)
    {
        var existing = await ExistingAsync(db, source.Id, chunk, ct);
        var inserts = new List<ParsedSignal>();
        var updates = new Dictionary<int, ParsedSignal>();
        var outcomes = new Dictionary<ParsedSignal, ImportRowOutcome>();
        var earlierRun = new Dictionary<int, ParsedSignal>();
        foreach (var parsed in chunk.Where(p => !p.Refused))
        {
            if (!existing.TryGetValue(parsed.Key, out var found))
            {
                inserts.Add(parsed);
            }
            else if (found.Hash == parsed.Hash() && found.BatchId == batch.Id)
            {
                earlierRun[found.Id] = parsed;
            }
            else if (found.Hash == parsed.Hash())
            {
                outcomes[parsed] = ImportRowOutcome.Unchanged;
            }
            else
            {
                updates[found.Id] = parsed;
            }
        }

        var carriedPersons = earlierRun.Count > 0 ? await CarryOverAsync(earlierRun, outcomes, ct) : 0;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var newSubjects = new List<Subject>();
        if (updates.Count > 0)
        {
            await UpdateAsync(updates, outcomes, newSubjects, ct);
        }
        var references = await ImportStore.ReferencesAsync(db, inserts.Count, ct);
        foreach (var parsed in inserts)
        {
            var signal = Signal.Imported(references.Dequeue(), parsed.Values!, batch.Id, source.Id, parsed.Key, parsed.Hash(), source.Name, now);
            signal.Subjects.AddRange(parsed.Subjects);
            db.Signals.Add(signal);
            newSubjects.AddRange(parsed.Subjects);
            outcomes[parsed] = ImportRowOutcome.Insert;
        }
        await db.SaveChangesAsync(ct);
        ImportStore.Index(db, newSubjects);

        foreach (var parsed in chunk)
        {
            var outcome = parsed.Refused ? ImportRowOutcome.Refused : outcomes[parsed];
            Count(report, parsed, outcome);
        }
        report.PersonsInserted += newSubjects.Count + carriedPersons;
        batch.RowsDone = report.RowsRead;
        batch.RowsRefused = report.RowsRefused;
        batch.SignalsInserted = report.SignalsInserted;
        batch.SignalsUpdated = report.SignalsUpdated;
        batch.SignalsUnchanged = report.SignalsUnchanged;
        batch.PersonsInserted = report.PersonsInserted;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(CancellationToken.None);
        // Nothing of the chunk is read again through this context; a growing tracker would slow every later save.
        db.ChangeTracker.Clear();
        db.Attach(batch);
        db.Attach(source);
    }

    /// <summary>
    /// Signals this batch already wrote in an earlier run of it (a run taken over from an instance that died): they count
    /// as inserted or updated by this batch, as they were, not as unchanged. Returns their persons.
    /// </summary>
    private async Task<int> CarryOverAsync(Dictionary<int, ParsedSignal> earlierRun, Dictionary<ParsedSignal, ImportRowOutcome> outcomes, CancellationToken ct)
    {
        var ids = earlierRun.Keys.ToList();
        var updated = (await db.Set<ImportRowChange>().AsNoTracking().Where(c => c.BatchId == batch.Id && ids.Contains(c.SignalId))
            .Select(c => c.SignalId).ToListAsync(ct)).ToHashSet();
        foreach (var (id, parsed) in earlierRun)
        {
            outcomes[parsed] = updated.Contains(id) ? ImportRowOutcome.Update : ImportRowOutcome.Insert;
        }
        return earlierRun.Values.Sum(p => p.Subjects.Count);
    }

    private async Task UpdateAsync(Dictionary<int, ParsedSignal> updates, Dictionary<ParsedSignal, ImportRowOutcome> outcomes, List<Subject> newSubjects, CancellationToken ct)
    {
        var ids = updates.Keys.ToList();
        // Work done in Schakel (a step by a user, a note, a case) is the region's own record now; an import never overwrites it.
        var worked = (await db.SignalEvents.AsNoTracking().Where(e => ids.Contains(e.SignalId) && e.UserId != null).Select(e => e.SignalId).Distinct().ToListAsync(ct))
            .Concat(await db.SignalNotes.AsNoTracking().Where(n => ids.Contains(n.SignalId)).Select(n => n.SignalId).Distinct().ToListAsync(ct))
            .ToHashSet();
        var signals = await db.Signals.Include(s => s.Forms).Include(s => s.Subjects).Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        foreach (var signal in signals)
        {
            var parsed = updates[signal.Id];
            if (worked.Contains(signal.Id) || signal.CaseId is not null || signal.AnonymisedAt is not null)
            {
                parsed.Problems.Add(new ImportProblem(parsed.FirstRow, null, null,
                    $"melding {signal.Reference} is na de import in Schakel bewerkt; de import overschrijft niets wat in Schakel is vastgelegd. Pas de melding in Schakel aan."));
                continue;
            }
            db.Add(new ImportRowChange { BatchId = batch.Id, SignalId = signal.Id, PreviousBatchId = signal.ImportBatchId, Before = ImportSnapshot.Of(signal).ToJson() });
            ImportStore.Apply(db, signal, parsed.Values!, batch.Id, parsed.Hash(), parsed.Subjects);
            newSubjects.AddRange(parsed.Subjects);
            outcomes[parsed] = ImportRowOutcome.Update;
        }
    }

    /// <summary>Adds one signal's outcome to the counts, and the signal itself to the rows when it has something to say.</summary>
    public static void Count(ImportReport report, ParsedSignal parsed, ImportRowOutcome outcome)
    {
        report.RowsRead += parsed.Rows;
        switch (outcome)
        {
            case ImportRowOutcome.Insert: report.SignalsInserted++; break;
            case ImportRowOutcome.Update: report.SignalsUpdated++; break;
            case ImportRowOutcome.Unchanged: report.SignalsUnchanged++; break;
            default:
                report.SignalsRefused++;
                report.RowsRefused += parsed.Rows;
                break;
        }
        if (outcome != ImportRowOutcome.Refused && parsed.OpenInSource)
        {
            report.OpenInSource++;
        }
        if (parsed.Problems.Count > 0 && report.Rows.Count < ImportReport.MaxRowResults)
        {
            report.Rows.Add(new ImportRowResult(parsed.FirstRow, parsed.LastRow, parsed.Key, outcome, parsed.Problems.ToList()));
        }
    }
}
