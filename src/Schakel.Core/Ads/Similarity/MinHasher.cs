using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Schakel.Core.Ads;

/// <summary>
/// MinHash signatures of character 5-shingles, by one-permutation hashing: one hash per shingle sorted
/// into 128 bins instead of 128 hash functions per shingle, which makes signing 100,000 ads a matter of
/// milliseconds per thousand. Empty bins are filled by rotation from the next bin so short texts still
/// compare fairly. Character shingles survive the small edits of copy-pasted ads (a name, a city, a
/// price) far better than word shingles. Each slot is kept as a 16-bit fingerprint of its minimum:
/// 256 bytes per ad instead of 1 KB, so comparing candidates stays in cache; a false slot match has
/// odds 1 in 65,536, far below the estimate's own noise.
/// </summary>
public static class MinHasher
{
    public const int SignatureLength = 128;
    public const int ShingleLength = 5;

    /// <summary>Texts shorter than this many shingles ("bel me") are too generic to call duplicates.</summary>
    public const int MinShingles = 40;

    private const int BinBits = 7;
    private const ulong ValueMask = (1UL << (64 - BinBits)) - 1;
    private const ulong Empty = ulong.MaxValue;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ushort[]? Sign(TokenizedText text)
    {
        var length = 0;
        for (var i = 0; i < text.Count; i++)
        {
            length += text.Lengths[i] + 1;
        }
        if (length - ShingleLength + 1 < MinShingles)
        {
            return null;
        }

        // Words joined by single spaces: whitespace, punctuation and emoji differences do not count as edits.
        var compact = length <= 4096 ? stackalloc char[length] : new char[length];
        var at = 0;
        for (var i = 0; i < text.Count; i++)
        {
            text.FoldedWord(i).CopyTo(compact[at..]);
            at += text.Lengths[i];
            compact[at++] = ' ';
        }

        Span<ulong> signature = stackalloc ulong[SignatureLength];
        signature.Fill(Empty);
        for (var s = 0; s + ShingleLength <= at; s++)
        {
            var h = Hash(compact.Slice(s, ShingleLength));
            var bin = (int)(h >> (64 - BinBits));
            var value = h & ValueMask;
            if (value < signature[bin])
            {
                signature[bin] = value;
            }
        }
        Densify(signature);
        var fingerprints = new ushort[SignatureLength];
        for (var i = 0; i < SignatureLength; i++)
        {
            var v = signature[i];
            fingerprints[i] = (ushort)(v ^ (v >> 16) ^ (v >> 32) ^ (v >> 48));
        }
        return fingerprints;
    }

    /// <summary>Estimated Jaccard similarity: the share of equal slots.</summary>
    public static double Similarity(ushort[] a, ushort[] b) => EqualSlots(a, b) / (double)SignatureLength;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int EqualSlots(ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b)
    {
        var equal = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + Vector256<ushort>.Count <= SignatureLength; i += Vector256<ushort>.Count)
            {
                var same = Vector256.Equals(Vector256.Create(a[i..]), Vector256.Create(b[i..]));
                equal += BitOperations.PopCount(same.ExtractMostSignificantBits());
            }
        }
        for (; i < SignatureLength; i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }
        return equal;
    }

    private static void Densify(Span<ulong> signature)
    {
        var firstFilled = signature.IndexOfAnyExcept(Empty);
        if (firstFilled < 0)
        {
            return;
        }
        // Walk backwards so every empty bin sees the nearest filled bin to its right (circularly).
        var source = signature[firstFilled];
        var distance = 0UL;
        for (var k = 1; k <= SignatureLength; k++)
        {
            var i = (firstFilled - k + SignatureLength) % SignatureLength;
            if (signature[i] != Empty && i != firstFilled)
            {
                source = signature[i];
                distance = 0;
                continue;
            }
            if (i == firstFilled)
            {
                break;
            }
            distance++;
            signature[i] = Mix(source + (distance * 0x9E3779B97F4A7C15UL)) & ValueMask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(ReadOnlySpan<char> shingle)
    {
        var h = 14695981039346656037UL;
        foreach (var c in shingle)
        {
            h = (h ^ c) * 1099511628211UL;
        }
        return Mix(h);
    }

    // SplitMix64 finaliser: FNV alone leaves the top bits (the bin) poorly spread.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
