using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Infrastructure.Audit;

/// <summary>Carrying an unkeyed chain over to the key, and publishing signed checkpoints of the chain's head.</summary>
public sealed partial class AuditLog : IDisposable
{
    private readonly SemaphoreSlim _keying = new(1, 1);
    private volatile bool _keyed;

    public void Dispose() => _keying.Dispose();

    /// <summary>
    /// A chain written before the audit log was keyed is carried over once: only when its unkeyed hashes all hold and
    /// no checkpoint was ever published (after that, a chain that does not match the key is tampering, not history).
    /// Every entry is then re-hashed with the key, a marker entry records the carry-over, and a checkpoint is
    /// published straight away so the carried-over chain is fixed outside the database from that moment on.
    /// </summary>
    public async Task EnsureKeyedAsync()
    {
        if (_keyed)
        {
            return;
        }
        await _keying.WaitAsync();
        try
        {
            if (!_keyed)
            {
                if (await CarryOverAsync())
                {
                    await WriteCheckpointAsync(CancellationToken.None);
                }
                _keyed = true;
            }
        }
        finally
        {
            _keying.Release();
        }
    }

    private async Task<bool> CarryOverAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
        await using var tx = await BeginChainTransactionAsync(db);
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(CancellationToken.None);
        if (last is null || AuditChain.Hash(last.ToRecord(), last.PreviousHash, chain.Key) == last.Hash)
        {
            return false;
        }
        if (AuditCheckpointFile.Read(chain.CheckpointFile).Count > 0)
        {
            logger.LogCritical("The audit chain does not match its key although checkpoints were published; it is not carried over. Verify it on the privacy page.");
            return false;
        }
        var all = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync(CancellationToken.None);
        if (!AuditChain.LegacyIntact(all.Select(e => (e.ToRecord(), e.PreviousHash, e.Hash))))
        {
            logger.LogCritical("The unkeyed audit chain is broken, so it is not carried over to the key. Verify it on the privacy page.");
            return false;
        }
        Chain(all, 0, AuditChain.Genesis);
        var marker = new AuditEntry
        {
            AtUtcTicks = clock.GetUtcNow().UtcTicks, Actor = "systeem", Action = AuditAction.Update, RecordType = nameof(AuditRecordType.AuditLog),
            Details = $"keten overgezet op de sleutel: regels 1 tot en met {all.Count} opnieuw vastgelegd na controle van de oude keten",
            PreviousHash = "", Hash = "",
        };
        Chain([marker], all.Count, all[^1].Hash);
        db.AuditEntries.Add(marker);
        await db.SaveChangesAsync(CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
        logger.LogWarning("Carried {Count} unkeyed audit entries over to the keyed chain.", all.Count);
        return true;
    }

    /// <summary>
    /// Signs the current head of the chain and appends it to the checkpoint file, but only after the entries since the
    /// previous checkpoint verify: signing a tampered head would vouch for the tampering.
    /// </summary>
    public async Task<AuditCheckpoint?> WriteCheckpointAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
        var previous = AuditCheckpointFile.Read(chain.CheckpointFile).Where(c => c.IsSignedBy(chain.Key)).MaxBy(c => c.Sequence);
        var from = previous?.Sequence ?? 0;
        var rows = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > from).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        if (rows.Count == 0 && previous is null)
        {
            return null;
        }
        var check = AuditChain.Verify(rows.Select(r => (r.ToRecord(), r.PreviousHash, r.Hash)), chain.Key,
            previous is null ? [] : [previous], from + 1, previous?.Head ?? AuditChain.Genesis);
        if (!check.Intact)
        {
            logger.LogCritical("No audit checkpoint written: the chain breaks at entry {Sequence}: {Reason}", check.BrokenAtSequence, check.Reason);
            return null;
        }
        var head = rows.Count > 0 ? (rows[^1].Sequence, rows[^1].Hash) : (previous!.Sequence, previous.Head);
        var checkpoint = AuditCheckpoint.Sign(head.Item1, head.Item2, clock.GetUtcNow(), chain.Key);
        AuditCheckpointFile.Append(chain.CheckpointFile, checkpoint);
        return checkpoint;
    }
}
