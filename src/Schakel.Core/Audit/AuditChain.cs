using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Schakel.Core.Common;

namespace Schakel.Core.Audit;

/// <summary>
/// The audit log is a keyed hash chain: each entry's hash is an HMAC-SHA256 over its own fields and the previous
/// entry's hash. The key is kept outside the database, so someone who can only change the database cannot compute a
/// valid hash for a changed, removed or inserted entry, nor for the entries after it. The first entry chains to
/// <see cref="Genesis"/>. Cutting entries off the end leaves a valid chain; the signed checkpoints catch that.
/// </summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Shortest accepted key: as long as the HMAC-SHA256 output, so the key is never the weak part.</summary>
    public const int MinKeyBytes = 32;

    public static string Hash(AuditRecord r, string previousHash, byte[] key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Canonical(r, previousHash)));

    /// <summary>The unkeyed hash of the chain before it was keyed; only used to carry an existing chain over once.</summary>
    public static string LegacyHash(AuditRecord r, string previousHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Canonical(r, previousHash)));

    private static byte[] Canonical(AuditRecord r, string previousHash)
    {
        // Length-prefixed fields: no value can be crafted to look like a field boundary.
        var sb = new StringBuilder();
        void Add(string? value)
        {
            var v = value ?? "\u2400";
            sb.Append(v.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(v).Append('|');
        }
        Add(r.Sequence.ToString(CultureInfo.InvariantCulture));
        Add(r.AtUtcTicks.ToString(CultureInfo.InvariantCulture));
        Add(r.UserId);
        Add(r.Actor);
        Add(r.Organisation);
        Add(r.Roles);
        Add(((int)r.Action).ToString(CultureInfo.InvariantCulture));
        Add(r.RecordType);
        Add(r.RecordId);
        Add(r.Purpose);
        Add(r.Flagged ? "1" : "0");
        Add(r.Details);
        Add(previousHash);
        // Only when present, so entries written before this field existed keep their hash.
        if (r.Subjects is not null)
        {
            Add(r.Subjects);
        }
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>Outcome of a verification: the number of entries checked and the first sequence number where the chain breaks.</summary>
    public sealed record Verification(long Checked, long? BrokenAtSequence, string? Reason, AuditCheckpoint? LatestCheckpoint = null)
    {
        public bool Intact => BrokenAtSequence is null;
    }

    /// <summary>
    /// Walks the entries in sequence order and reports the first one whose link, keyed hash or signed checkpoint does
    /// not hold; then checks that no entry a checkpoint vouched for is missing at the end.
    /// </summary>
    public static Verification Verify(IEnumerable<(AuditRecord Record, string PreviousHash, string Hash)> entries, byte[] key, IReadOnlyList<AuditCheckpoint> checkpoints) =>
        Verify(entries, key, checkpoints, 1, Genesis);

    /// <summary>Verifies the part of the chain that starts at <paramref name="firstSequence"/>, linked to <paramref name="firstPrevious"/>.</summary>
    public static Verification Verify(IEnumerable<(AuditRecord Record, string PreviousHash, string Hash)> entries, byte[] key, IReadOnlyList<AuditCheckpoint> checkpoints, long firstSequence, string firstPrevious)
    {
        var walk = new AuditChainWalk(key, checkpoints, firstSequence, firstPrevious);
        foreach (var (record, previous, hash) in entries)
        {
            if (!walk.Add(record, previous, hash))
            {
                break;
            }
        }
        return walk.Finish();
    }

    /// <summary>Checks an unkeyed chain as it was written before keying, to decide whether it may be carried over.</summary>
    public static bool LegacyIntact(IEnumerable<(AuditRecord Record, string PreviousHash, string Hash)> entries)
    {
        var expectedPrevious = Genesis;
        long expectedSequence = 1;
        foreach (var (record, previous, hash) in entries)
        {
            if (record.Sequence != expectedSequence || previous != expectedPrevious || LegacyHash(record, previous) != hash)
            {
                return false;
            }
            expectedPrevious = hash;
            expectedSequence++;
        }
        return true;
    }
}
