using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Infrastructure.Audit;

/// <summary>
/// Records who read or changed which personal data, when and why. Entries are appended one at a time in their own
/// database scope, so a page's pending changes are never saved by accident, and each entry is chained to the one before.
/// Details must name records by id, never contain personal data themselves.
/// </summary>
public sealed partial class AuditLog(IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock, AuditChainSettings chain, ILogger<AuditLog> logger)
{
    private const long ChainLock = 727275;
    private static readonly AsyncLocal<bool> Suppressed = new();

    /// <summary>
    /// Fictional demo data is written by the system inside one transaction at first start; auditing each of its rows
    /// from a second connection would wait on that transaction. The seeding as a whole is recorded once afterwards.
    /// </summary>
    public static IDisposable SuppressWhileSeeding()
    {
        Suppressed.Value = true;
        return new Restore();
    }

    private sealed class Restore : IDisposable
    {
        public void Dispose() => Suppressed.Value = false;
    }

    public Task RecordAsync(AuditAction action, AuditRecordType recordType, string? recordId, string? purpose = null, bool flagged = false, string? details = null, IEnumerable<int>? subjects = null, CancellationToken cancellationToken = default) =>
        RecordAsync(http.HttpContext?.User, action, recordType, recordId, purpose, flagged, details, subjects, cancellationToken);

    /// <summary>
    /// Appends one entry. <c>subjects</c> names the persons whose data the record shows (a case, an agenda, a link),
    /// so a person's audit report also finds reads that were not of the person's own signal.
    /// </summary>
    public Task RecordAsync(ClaimsPrincipal? user, AuditAction action, AuditRecordType recordType, string? recordId, string? purpose = null, bool flagged = false, string? details = null, IEnumerable<int>? subjects = null, CancellationToken cancellationToken = default) =>
        RecordStoredNameAsync(user, action, recordType.StoredName(), recordId, purpose, flagged, details, subjects);

    /// <summary>Writes an entry under a stored name as it is; only to reproduce entries that earlier versions wrote.</summary>
    internal async Task RecordStoredNameAsync(ClaimsPrincipal? user, AuditAction action, string recordType, string? recordId, string? purpose = null, bool flagged = false, string? details = null, IEnumerable<int>? subjects = null)
    {
        if (Suppressed.Value)
        {
            return;
        }
        var entry = new AuditEntry
        {
            AtUtcTicks = clock.GetUtcNow().UtcTicks,
            UserId = user?.UserId(),
            Actor = user?.Identity?.IsAuthenticated == true ? user.DisplayName_() : "anoniem",
            Organisation = user?.FindFirstValue(SchakelClaims.OrganisationName) ?? user?.FindFirstValue(ApiKeyAuthentication.OrganisationClaim),
            Roles = user is null ? null : string.Join(",", Core.Accounts.Roles.All.Where(user.IsInRole)),
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
            Purpose = purpose,
            Flagged = flagged || action is AuditAction.BreakGlass or AuditAction.Denied,
            Details = details,
            SubjectIds = AuditSubjects.Format(subjects),
            PreviousHash = "",
            Hash = "",
        };
        await AppendAsync(entry);
    }

    private readonly Lock _sync = new();
    private List<(AuditEntry Entry, TaskCompletionSource Done)> _pending = [];
    private bool _writing;

    /// <summary>
    /// Group commit: entries that arrive while a batch is being written go into the next batch, chained in arrival
    /// order and committed in one transaction. Every caller still returns only after its own entry is durable, but
    /// under load one disk sync serves many reads instead of one.
    /// </summary>
    private Task AppendAsync(AuditEntry entry)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool lead;
        lock (_sync)
        {
            _pending.Add((entry, done));
            lead = !_writing;
            _writing = true;
        }
        if (lead)
        {
            _ = Task.Run(DrainAsync);
        }
        return done.Task;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<(AuditEntry Entry, TaskCompletionSource Done)> batch;
            lock (_sync)
            {
                if (_pending.Count == 0)
                {
                    _writing = false;
                    return;
                }
                batch = _pending.Count <= MaxBatch ? _pending : _pending[..MaxBatch];
                _pending = _pending.Count <= MaxBatch ? [] : _pending[MaxBatch..];
            }
            try
            {
                await WriteAsync(batch.Select(p => p.Entry).ToList());
                batch.ForEach(p => p.Done.SetResult());
            }
            catch (Exception ex)
            {
                batch.ForEach(p => p.Done.SetException(ex));
            }
        }
    }

    private const int MaxBatch = 500;

    private async Task WriteAsync(List<AuditEntry> entries)
    {
        await EnsureKeyedAsync();
        // SQLite serves one app process and this log is a singleton, so one writer at a time keeps the chain linear;
        // on PostgreSQL an advisory lock does the same across app instances.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
        await using var tx = await BeginChainTransactionAsync(db);
        var last = await db.AuditEntries.OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(CancellationToken.None);
        Chain(entries, last?.Sequence ?? 0, last?.Hash ?? AuditChain.Genesis);
        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync(CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }

    private void Chain(IEnumerable<AuditEntry> entries, long sequence, string previous)
    {
        foreach (var entry in entries)
        {
            entry.Sequence = ++sequence;
            entry.PreviousHash = previous;
            entry.Hash = AuditChain.Hash(entry.ToRecord(), entry.PreviousHash, chain.Key);
            previous = entry.Hash;
        }
    }

    private static async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginChainTransactionAsync(SchakelDb db)
    {
        var tx = await db.Database.BeginTransactionAsync(CancellationToken.None);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ChainLock})", CancellationToken.None);
        }
        return tx;
    }

    /// <summary>Verifies the whole chain in sequence order against the key and every signed checkpoint.</summary>
    public Task<AuditChain.Verification> VerifyAsync(SchakelDb db, CancellationToken cancellationToken) =>
        VerifyAsync(db, VerifyPageSize, cancellationToken);

    /// <summary>As <see cref="VerifyAsync(SchakelDb, CancellationToken)"/>, reading <paramref name="pageSize"/> entries at a time.</summary>
    public async Task<AuditChain.Verification> VerifyAsync(SchakelDb db, int pageSize, CancellationToken cancellationToken)
    {
        var walk = new AuditChainWalk(chain.Key, AuditCheckpointFile.Read(chain.CheckpointFile));
        // Page by page on the sequence number: the log grows with every read of personal data, so holding all of it
        // would make the check's memory grow with the log.
        while (true)
        {
            var from = walk.NextSequence;
            var page = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence >= from).OrderBy(e => e.Sequence)
                .Take(pageSize).ToListAsync(cancellationToken);
            var intact = true;
            foreach (var e in page)
            {
                if (!(intact = walk.Add(e.ToRecord(), e.PreviousHash, e.Hash)))
                {
                    break;
                }
            }
            if (!intact || page.Count < pageSize)
            {
                return walk.Finish();
            }
        }
    }

    private const int VerifyPageSize = 5_000;
}
