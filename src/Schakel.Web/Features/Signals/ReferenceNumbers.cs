using System.Security.Cryptography;

namespace Schakel.Web.Features.Signals;

/// <summary>
/// Reference numbers are random rather than sequential, so a melder's number reveals nothing about how many signals a
/// region receives; the alphabet leaves out letters that are easily confused on the phone (I, L, O, U).
/// </summary>
public static class ReferenceNumbers
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
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
