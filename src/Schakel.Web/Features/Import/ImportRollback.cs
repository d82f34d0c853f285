using System.Data.Common;
using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Web.Features.Dashboard.Contracts;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Import;

/// <summary>
/// Rolling back one import: its new signals go (with their persons, linking keys and links, by the database's cascades),
/// the signals its updates changed get their earlier imported values back, and the months touched are recounted. Refused
/// after <see cref="ImportBatch.RollbackDays"/> days, when a later import updated the same signals (roll that one back
/// first), and when someone worked on one of its signals in Schakel since (that work would be lost).
/// </summary>
public sealed partial class ImportEngine
{
    /// <summary>Refuses (RolledBack false, with a Dutch reason) after 30 days, twice, or when a later import or a user changed its signals since.</summary>
    public async Task<ImportRollbackResult> RollbackAsync(int batchId, ClaimsPrincipal? user, CancellationToken ct)
    {
        var batch = await db.Set<ImportBatch>().SingleOrDefaultAsync(b => b.Id == batchId, ct);
        if (await RefusalAsync(batch, ct) is { } refusal)
        {
            return new ImportRollbackResult(false, refusal);
        }
        var removed = 0;
        var restored = 0;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var places = await db.Signals.AsNoTracking().Where(s => s.ImportBatchId == batchId)
                .Select(s => new { s.ReceivedAt, s.MunicipalityId }).Distinct().ToListAsync(ct);
            restored = await RestoreUpdatesAsync(batchId, ct);
            if (db.Entry(batch!).State == EntityState.Detached)
            {
                db.Attach(batch!);
            }
            try
            {
                removed = await db.Signals.Where(s => s.ImportBatchId == batchId).ExecuteDeleteAsync(ct);
            }
            catch (DbException)
            {
                return new ImportRollbackResult(false, "Een melding van deze import wordt inmiddels elders in Schakel gebruikt (bijvoorbeeld op een agenda); de import kan niet meer worden teruggedraaid.");
            }
            db.AddRange(places.Select(p => (Month: Month(p.ReceivedAt), Municipality: p.MunicipalityId ?? 0)).Distinct()
                .Select(p => new FigureDirtyMonth { Month = p.Month, MunicipalityId = p.Municipality }));
            batch!.Status = ImportBatchStatus.RolledBack;
            batch.RolledBackAt = clock.GetUtcNow();
            batch.RolledBackBy = Who(user);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(CancellationToken.None);
        }
        db.ChangeTracker.Clear();
        await new FigureAggregator(db).RefreshAsync(CancellationToken.None);
        await audit.RecordAsync(user, AuditAction.Delete, AuditRecordType.SignalImport, batchId.ToString(CultureInfo.InvariantCulture),
            details: ImportPageText.AuditDetails(batch!.SourceId, batch.Status, $"{removed} meldingen verwijderd, {restored} hersteld"), cancellationToken: CancellationToken.None);
        logger.LogInformation("Import {BatchId} rolled back: {Removed} signals removed, {Restored} restored.", batchId, removed, restored);
        return new ImportRollbackResult(true, $"De import is teruggedraaid: {removed} meldingen verwijderd en {restored} meldingen hersteld.", removed, restored);
    }

    private async Task<string?> RefusalAsync(ImportBatch? batch, CancellationToken ct)
    {
        if (batch is null)
        {
            return "Deze import bestaat niet.";
        }
        if (batch.Status == ImportBatchStatus.RolledBack)
        {
            return "Deze import is al teruggedraaid.";
        }
        if (batch.Status is ImportBatchStatus.Pending or ImportBatchStatus.Running)
        {
            return "Deze import loopt nog. Draai hem terug als hij klaar is.";
        }
        if (!batch.CanRollBack(clock.GetUtcNow()))
        {
            return $"Een import kan tot {ImportBatch.RollbackDays} dagen na afloop worden teruggedraaid; deze import is van {DutchTime.FormatDate(batch.FinishedAt ?? batch.CreatedAt)}.";
        }
        var batchId = batch.Id;
        var later = await db.Set<ImportRowChange>().AsNoTracking()
            .Where(c => c.PreviousBatchId == batchId && c.BatchId != batchId
                && db.Set<ImportBatch>().Any(b => b.Id == c.BatchId && b.Status != ImportBatchStatus.RolledBack))
            .Select(c => c.BatchId).Distinct().ToListAsync(ct);
        if (later.Count > 0)
        {
            return $"Een latere import (nummer {string.Join(", ", later)}) heeft meldingen van deze import bijgewerkt. Draai eerst die latere import terug.";
        }
        var signals = db.Signals.AsNoTracking().Where(s => s.ImportBatchId == batchId);
        var worked = await signals.Where(s => s.CaseId != null
                || db.SignalEvents.Any(e => e.SignalId == s.Id && e.UserId != null)
                || db.SignalNotes.Any(n => n.SignalId == s.Id))
            .Select(s => s.Reference).Take(3).ToListAsync(ct);
        return worked.Count > 0
            ? $"Meldingen van deze import zijn sindsdien in Schakel bewerkt (bijvoorbeeld {string.Join(", ", worked)}); terugdraaien zou dat werk wissen."
            : null;
    }

    /// <summary>Puts back what the batch's updates replaced; returns the number of signals restored.</summary>
    private async Task<int> RestoreUpdatesAsync(int batchId, CancellationToken ct)
    {
        var changes = await db.Set<ImportRowChange>().AsNoTracking().Where(c => c.BatchId == batchId).OrderBy(c => c.Id).ToListAsync(ct);
        var restored = 0;
        foreach (var chunk in changes.Chunk(500))
        {
            var ids = chunk.Select(c => c.SignalId).ToList();
            var signals = await db.Signals.Include(s => s.Forms).Include(s => s.Subjects).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
            var subjects = new List<Core.Signals.Subject>();
            foreach (var change in chunk)
            {
                var before = ImportSnapshot.FromJson(change.Before);
                var copies = before.Subjects.Select(ImportSnapshot.Copy).ToList();
                ImportStore.Apply(db, signals[change.SignalId], before.Values, before.BatchId ?? batchId, before.Hash ?? "", copies);
                subjects.AddRange(copies);
                restored++;
            }
            await db.SaveChangesAsync(ct);
            ImportStore.Index(db, subjects);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return restored;
    }

    private static int Month(DateTimeOffset at)
    {
        var day = DutchTime.Day(at);
        return day.Year * 100 + day.Month;
    }
}
