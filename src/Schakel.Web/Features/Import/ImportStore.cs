using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Linking;
using Schakel.Core.Signals;
using Schakel.Web.Features.Linking.Contracts;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Import;

/// <summary>The writes an import and its rollback share: putting imported values on a signal, indexing persons for linking.</summary>
internal static class ImportStore
{
    /// <summary>
    /// Puts imported values on a tracked signal and replaces its persons. Kind, melder type and day of receipt are fixed
    /// when a signal is made; only a corrected source row (or a rollback of that correction) changes them, through the store.
    /// </summary>
    public static void Apply(SchakelDb db, Signal signal, HistoricSignal values, int batchId, string hash, IEnumerable<Subject> subjects)
    {
        var entry = db.Entry(signal);
        entry.Property(s => s.ReceivedAt).CurrentValue = values.ReceivedAt;
        entry.Property(s => s.Kind).CurrentValue = values.Kind;
        entry.Property(s => s.MelderTypeCode).CurrentValue = values.MelderTypeCode;
        signal.ApplyImport(values, batchId, hash);
        db.Subjects.RemoveRange(signal.Subjects);
        signal.Subjects.Clear();
        signal.Subjects.AddRange(subjects);
    }

    /// <summary>
    /// Adds the blocking keys of saved persons, the way intake indexes a new signal's persons, so a signal received later
    /// finds them as possibly related. Candidate links between the imported persons themselves are not made here (see
    /// docs/import.md): that would be one search per person, and the history is linked when new signals arrive.
    /// </summary>
    public static int Index(SchakelDb db, IEnumerable<Subject> subjects)
    {
        var count = 0;
        foreach (var subject in subjects)
        {
            var keys = SubjectRecords.Keys(SubjectRecords.Features(subject));
            db.Set<SubjectKey>().AddRange(keys.Select(k => new SubjectKey { SubjectId = subject.Id, Kind = BlockingKeys.KindOf(k), Key = unchecked((long)k) }));
            count += keys.Count;
        }
        return count;
    }

    /// <summary>New references in the intake's format (random, so they reveal nothing), none already in use.</summary>
    public static async Task<Queue<string>> ReferencesAsync(SchakelDb db, int count, CancellationToken ct)
    {
        var fresh = new HashSet<string>(StringComparer.Ordinal);
        while (fresh.Count < count)
        {
            var batch = Enumerable.Range(0, count - fresh.Count).Select(_ => NewReference()).Where(r => !fresh.Contains(r)).Distinct().ToList();
            var taken = await db.Signals.AsNoTracking().Where(s => batch.Contains(s.Reference)).Select(s => s.Reference).ToListAsync(ct);
            fresh.UnionWith(batch.Except(taken));
        }
        return new Queue<string>(fresh);
    }

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static string NewReference()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[bytes[i] & 31];
        }
        return $"MH-{chars[..4]}-{chars[4..]}";
    }
}
