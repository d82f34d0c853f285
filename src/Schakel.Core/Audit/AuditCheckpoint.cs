using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Schakel.Core.Audit;

/// <summary>
/// A signed statement "on this moment the chain had this many entries and ended in this hash", written outside the
/// database. Deleting the newest entries leaves a chain that is valid on its own; a checkpoint for a later sequence
/// number shows that entries are missing. One JSON object per line, so the file can be shipped to a log sink as is.
/// </summary>
public sealed record AuditCheckpoint(
    [property: JsonPropertyName("sequence")] long Sequence,
    [property: JsonPropertyName("head")] string Head,
    [property: JsonPropertyName("atUtc")] DateTimeOffset AtUtc,
    [property: JsonPropertyName("signature")] string Signature)
{
    public static AuditCheckpoint Sign(long sequence, string head, DateTimeOffset atUtc, byte[] key)
    {
        var at = atUtc.ToUniversalTime();
        return new AuditCheckpoint(sequence, head, at, Mac(sequence, head, at, key));
    }

    public bool IsSignedBy(byte[] key) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(Sequence, Head, AtUtc, key)), Encoding.ASCII.GetBytes(Signature));

    public string ToLine() => JsonSerializer.Serialize(this);

    /// <summary>Reads the lines of a checkpoint file; a line that is not a checkpoint counts as a forged one.</summary>
    public static IReadOnlyList<AuditCheckpoint> Parse(IEnumerable<string> lines)
    {
        var result = new List<AuditCheckpoint>();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            AuditCheckpoint? checkpoint;
            try
            {
                checkpoint = JsonSerializer.Deserialize<AuditCheckpoint>(line);
            }
            catch (JsonException)
            {
                checkpoint = null;
            }
            result.Add(checkpoint is { Head: not null, Signature: not null } ? checkpoint : new AuditCheckpoint(0, "", DateTimeOffset.UnixEpoch, "onleesbaar"));
        }
        return result;
    }

    // Domain-separated from the chain's own HMAC input, which always starts with a length prefix (a digit).
    private static string Mac(long sequence, string head, DateTimeOffset at, byte[] key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(
            $"schakel-audit-checkpoint\n{sequence.ToString(CultureInfo.InvariantCulture)}\n{head}\n{at.UtcTicks.ToString(CultureInfo.InvariantCulture)}")));
}
