using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Schakel.Core.Audit;

/// <summary>
/// The audit log is a hash chain: each entry's hash covers its own fields and the previous entry's hash, so changing,
/// removing or inserting any entry breaks every hash after it. The first entry chains to <see cref="Genesis"/>.
/// </summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Hash(AuditRecord r, string previousHash)
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
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>Outcome of a verification: the number of entries checked and the first sequence number where the chain breaks.</summary>
    public sealed record Verification(long Checked, long? BrokenAtSequence, string? Reason)
    {
        public bool Intact => BrokenAtSequence is null;
    }

    /// <summary>Walks the entries in sequence order and reports the first one whose link or hash does not hold.</summary>
    public static Verification Verify(IEnumerable<(AuditRecord Record, string PreviousHash, string Hash)> entries)
    {
        var expectedPrevious = Genesis;
        long expectedSequence = 1;
        long count = 0;
        foreach (var (record, previous, hash) in entries)
        {
            count++;
            if (record.Sequence != expectedSequence)
            {
                return new Verification(count, record.Sequence, $"volgnummer {expectedSequence} ontbreekt (gevonden: {record.Sequence})");
            }
            if (!string.Equals(previous, expectedPrevious, StringComparison.Ordinal))
            {
                return new Verification(count, record.Sequence, "de verwijzing naar de vorige regel klopt niet");
            }
            if (!string.Equals(Hash(record, previous), hash, StringComparison.Ordinal))
            {
                return new Verification(count, record.Sequence, "de inhoud van de regel is gewijzigd");
            }
            expectedPrevious = hash;
            expectedSequence++;
        }
        return new Verification(count, null, null);
    }
}
