using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Schakel.Core.Ads;

/// <summary>
/// MinHash signatures of character 5-shingles, by one-permutation hashing: one hash per shingle sorted
/// into 128 bins instead of 128 hash functions per shingle, which makes signing 100,000 ads a matter of
/// milliseconds per thousand. Empty bins are filled by rotation from the next bin so short texts still
/// compare fairly. Character shingles survive the small edits of copy-pasted ads (a name, a city, a
/// price) far better than word shingles.
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
    public static ulong[]? Sign(TokenizedText text)
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

        var signature = new ulong[SignatureLength];
        Array.Fill(signature, Empty);
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
        return signature;
    }

    /// <summary>Estimated Jaccard similarity: the share of equal slots.</summary>
    public static double Similarity(ulong[] a, ulong[] b) => EqualSlots(a, b) / (double)SignatureLength;

    public static int EqualSlots(ulong[] a, ulong[] b)
    {
        var equal = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + Vector256<ulong>.Count <= SignatureLength; i += Vector256<ulong>.Count)
            {
                var same = Vector256.Equals(Vector256.Create<ulong>(a.AsSpan(i)), Vector256.Create<ulong>(b.AsSpan(i)));
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

    private static void Densify(ulong[] signature)
    {
        var firstFilled = Array.FindIndex(signature, v => v != Empty);
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
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
