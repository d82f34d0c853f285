using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Schakel.Core.Figures;

/// <summary>
/// The cell key of the cell-key method. A cell is identified by the set of records it counts; every count in the
/// figures carries its record count n and the sum of its record ids, which both add up when cells are combined, so the
/// same set of records always gives the same (n, id sum) however it was queried (one quarter or its three months
/// summed, a region or its one municipality). The key is a keyed hash of that pair: the same cell gets the same key
/// every time, and without the secret nobody can predict it. Sets that happen to share n and id sum share a key,
/// which gives an attacker nothing: they cannot choose the ids.
/// </summary>
public sealed class CellKeys
{
    private readonly byte[] _secret;

    public CellKeys(string secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        _secret = Encoding.UTF8.GetBytes(secret);
    }

    /// <param name="unit">What the records are (signal, victim, track ...): equal id sums of different tables are different cells.</param>
    public uint Of(string unit, int count, long idSum)
    {
        var hash = HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{unit}|{count}|{idSum}")));
        return BinaryPrimitives.ReadUInt32BigEndian(hash);
    }
}
