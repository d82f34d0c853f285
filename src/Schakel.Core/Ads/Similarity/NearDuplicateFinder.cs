using System.Runtime.CompilerServices;

namespace Schakel.Core.Ads;

/// <summary>
/// Finds pairs of near-duplicate texts with locality-sensitive hashing: signatures are cut into 20
/// bands of 6 values and only texts that share a whole band are compared. With these bands a pair at
/// Jaccard 0.8 becomes a candidate with probability above 0.99 and a pair at 0.3 with about 0.01, so
/// the work stays near-linear in the number of ads.
/// </summary>
public static class NearDuplicateFinder
{
    public const int Bands = 20;
    public const int Rows = 6;

    /// <summary>
    /// Large buckets (one template pasted hundreds of times, or common boilerplate) are compared along a
    /// sliding window instead of all pairs; neighbours still chain true duplicates together.
    /// </summary>
    public const int FullCompareLimit = 48;

    public const int Window = 16;

    private const int Length = MinHasher.SignatureLength;

    /// <param name="signatures">Per item a signature from <see cref="MinHasher"/>, or null to leave it out.</param>
    /// <returns>Pairs (a &lt; b) with estimated Jaccard ≥ threshold, sorted, without repeats.</returns>
    public static IReadOnlyList<(int A, int B)> FindPairs(IReadOnlyList<ushort[]?> signatures, double threshold)
    {
        var items = new List<int>(signatures.Count);
        for (var item = 0; item < signatures.Count; item++)
        {
            if (signatures[item] is not null)
            {
                items.Add(item);
            }
        }

        // Signatures and all band keys side by side in two flat arrays: candidates are compared by
        // position, and the memory they touch stays small and contiguous.
        var count = items.Count;
        var prints = new ushort[count * Length];
        var keys = new ulong[count * Bands];
        Parallel.For(0, count, k =>
        {
            var signature = signatures[items[k]]!;
            signature.CopyTo(prints, k * Length);
            for (var band = 0; band < Bands; band++)
            {
                keys[(k * Bands) + band] = BandKey(signature, band);
            }
        });

        var minEqual = (int)Math.Ceiling(threshold * Length);
        var perBand = new List<long>[Bands];
        Parallel.For(0, Bands, band => perBand[band] = PairsInBand(prints, keys, count, band, minEqual));

        // Pairs travel as a << 32 | b so that sorting is a primitive sort, not a tuple comparison.
        var all = new long[perBand.Sum(p => p.Count)];
        var at = 0;
        foreach (var pairs in perBand)
        {
            pairs.CopyTo(all, at);
            at += pairs.Count;
        }
        Array.Sort(all);
        var result = new (int A, int B)[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            // items is increasing, so mapping back keeps a < b and the sort order.
            result[i] = (items[(int)(all[i] >> 32)], items[(int)(all[i] & 0xFFFFFFFF)]);
        }
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<long> PairsInBand(ushort[] prints, ulong[] keys, int count, int band, int minEqual)
    {
        var bandKeys = new ulong[count];
        var members = new int[count];
        for (var k = 0; k < count; k++)
        {
            bandKeys[k] = keys[(k * Bands) + band];
            members[k] = k;
        }
        Array.Sort(bandKeys, members);

        var pairs = new List<long>();
        var start = 0;
        while (start < count)
        {
            var end = start + 1;
            while (end < count && bandKeys[end] == bandKeys[start])
            {
                end++;
            }
            var size = end - start;
            if (size > FullCompareLimit)
            {
                OrderLargeBucket(keys, members.AsSpan(start, size), band);
            }
            else if (size > 1)
            {
                // Introsort does not keep ties in order; id order makes the comparisons reproducible.
                members.AsSpan(start, size).Sort();
            }
            var reach = size <= FullCompareLimit ? size : Window + 1;
            for (var i = start; i < end; i++)
            {
                var last = Math.Min(end, i + reach);
                for (var j = i + 1; j < last; j++)
                {
                    var (a, b) = members[i] < members[j] ? (members[i], members[j]) : (members[j], members[i]);
                    // A pair that also shares an earlier band is that band's to report: every pair once, no
                    // dedupe pass. The band keys are at hand, so this test is cheaper than the similarity.
                    if (!SharesEarlierBand(keys, a, b, band)
                        && MinHasher.EqualSlots(prints.AsSpan(a * Length, Length), prints.AsSpan(b * Length, Length)) >= minEqual)
                    {
                        pairs.Add(((long)a << 32) | (uint)b);
                    }
                }
            }
            start = end;
        }
        return pairs;
    }

    /// <summary>
    /// A large bucket is mostly shared boilerplate. Ordering it by the next band's key puts items that
    /// also agree elsewhere – the real near-duplicates – next to each other, inside the window.
    /// </summary>
    private static void OrderLargeBucket(ulong[] keys, Span<int> bucket, int band)
    {
        var next = (band + 1) % Bands;
        var secondary = new (ulong Key, int Item)[bucket.Length];
        for (var k = 0; k < bucket.Length; k++)
        {
            secondary[k] = (keys[(bucket[k] * Bands) + next], bucket[k]);
        }
        Array.Sort(secondary);
        for (var k = 0; k < bucket.Length; k++)
        {
            bucket[k] = secondary[k].Item;
        }
    }

    private static bool SharesEarlierBand(ulong[] keys, int a, int b, int band)
    {
        var ka = keys.AsSpan(a * Bands, band);
        var kb = keys.AsSpan(b * Bands, band);
        for (var k = 0; k < band; k++)
        {
            if (ka[k] == kb[k])
            {
                return true;
            }
        }
        return false;
    }

    private static ulong BandKey(ushort[] signature, int band)
    {
        var h = (ulong)band * 0x9E3779B97F4A7C15UL;
        for (var r = 0; r < Rows; r++)
        {
            h = (h ^ signature[(band * Rows) + r]) * 0x100000001B3UL;
            h ^= h >> 29;
        }
        return h;
    }
}
