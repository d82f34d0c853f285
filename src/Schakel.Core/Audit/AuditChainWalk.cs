using System.Security.Cryptography;
using System.Text;
using Schakel.Core.Common;

namespace Schakel.Core.Audit;

/// <summary>
/// A verification of the chain fed one entry at a time, so a log of millions of entries can be checked page by page
/// without holding it: <see cref="Add"/> each entry in sequence order until it returns false, then <see cref="Finish"/>.
/// </summary>
public sealed class AuditChainWalk
{
    private readonly byte[] _key;
    private readonly Dictionary<long, AuditCheckpoint> _vouched = [];
    private readonly AuditCheckpoint? _latest;
    private AuditChain.Verification? _broken;
    private string _expectedPrevious;
    private long _expectedSequence;
    private long _count;

    public AuditChainWalk(byte[] key, IReadOnlyList<AuditCheckpoint> checkpoints, long firstSequence = 1, string firstPrevious = AuditChain.Genesis)
    {
        _key = key;
        _expectedSequence = firstSequence;
        _expectedPrevious = firstPrevious;
        foreach (var c in checkpoints)
        {
            _vouched[c.Sequence] = c;
        }
        _latest = checkpoints.Count == 0 ? null : checkpoints.MaxBy(c => c.Sequence);
        if (checkpoints.FirstOrDefault(c => !c.IsSignedBy(key)) is { } forged)
        {
            _broken = new AuditChain.Verification(0, forged.Sequence, $"het controlepunt voor regel {forged.Sequence} is niet met de sleutel ondertekend (het controlepuntbestand is gewijzigd)");
        }
    }

    /// <summary>The sequence number the next entry must have.</summary>
    public long NextSequence => _expectedSequence;

    /// <summary>Checks the next entry; false once the chain is broken (here or before), after which entries are ignored.</summary>
    public bool Add(AuditRecord record, string previous, string hash)
    {
        if (_broken is not null)
        {
            return false;
        }
        _count++;
        _broken = Check(record, previous, hash);
        if (_broken is not null)
        {
            return false;
        }
        _expectedPrevious = hash;
        _expectedSequence++;
        return true;
    }

    /// <summary>The outcome, after the last entry: also fails when a signed checkpoint vouched for entries that are gone.</summary>
    public AuditChain.Verification Finish()
    {
        if (_broken is not null)
        {
            return _broken;
        }
        if (_latest is not null && _latest.Sequence >= _expectedSequence)
        {
            return new AuditChain.Verification(_count, _expectedSequence,
                $"regels {_expectedSequence} tot en met {_latest.Sequence} ontbreken: het ondertekende controlepunt van {DutchZone.Describe(_latest.AtUtc)} telde {_latest.Sequence} regels", _latest);
        }
        return new AuditChain.Verification(_count, null, null, _latest);
    }

    private AuditChain.Verification? Check(AuditRecord record, string previous, string hash)
    {
        if (record.Sequence != _expectedSequence)
        {
            return new AuditChain.Verification(_count, _expectedSequence, $"volgnummer {_expectedSequence} ontbreekt (gevonden: {record.Sequence})", _latest);
        }
        if (!string.Equals(previous, _expectedPrevious, StringComparison.Ordinal))
        {
            return new AuditChain.Verification(_count, record.Sequence, "de verwijzing naar de vorige regel klopt niet", _latest);
        }
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(AuditChain.Hash(record, previous, _key)), Encoding.ASCII.GetBytes(hash)))
        {
            return new AuditChain.Verification(_count, record.Sequence, "de inhoud van de regel is gewijzigd of de regel is niet met de sleutel vastgelegd", _latest);
        }
        if (_vouched.TryGetValue(record.Sequence, out var checkpoint) && !string.Equals(checkpoint.Head, hash, StringComparison.Ordinal))
        {
            return new AuditChain.Verification(_count, record.Sequence, $"de regel wijkt af van het ondertekende controlepunt van {DutchZone.Describe(checkpoint.AtUtc)}", _latest);
        }
        return null;
    }
}
