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

    /// <param name="signatures">Per item a signature from <see cref="MinHasher"/>, or null to leave it out.</param>
    /// <returns>Pairs (a &lt; b) with estimated Jaccard ≥ threshold, sorted, without repeats.</returns>
    public static IReadOnlyList<(int A, int B)> FindPairs(IReadOnlyList<ulong[]?> signatures, double threshold)
    {
        var items = new List<int>(signatures.Count);
        for (var item = 0; item < signatures.Count; item++)
        {
            if (signatures[item] is not null)
            {
                items.Add(item);
            }
        }

        var perBand = new List<long>[Bands];
        Parallel.For(0, Bands, band => perBand[band] = PairsInBand(signatures, items, band, threshold));

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
            result[i] = ((int)(all[i] >> 32), (int)(all[i] & 0xFFFFFFFF));
        }
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<long> PairsInBand(IReadOnlyList<ulong[]?> signatures, List<int> items, int band, double threshold)
    {
        var keys = new ulong[items.Count];
        var members = items.ToArray();
        for (var k = 0; k < members.Length; k++)
        {
            keys[k] = BandKey(signatures[members[k]]!, band);
        }
        Array.Sort(keys, members);

        var minEqual = (int)Math.Ceiling(threshold * MinHasher.SignatureLength);
        var pairs = new List<long>();
        var start = 0;
        while (start < keys.Length)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }
            var size = end - start;
            if (size > FullCompareLimit)
            {
                OrderLargeBucket(signatures, members.AsSpan(start, size), band);
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
                    var sa = signatures[a]!;
                    var sb = signatures[b]!;
                    // A pair that also shares an earlier band is that band's to report: every pair once, no dedupe
                    // pass. The similarity test goes first because most candidates fail it, and it is the cheaper one.
                    if (MinHasher.EqualSlots(sa, sb) >= minEqual && !SharesEarlierBand(sa, sb, band))
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
    private static void OrderLargeBucket(IReadOnlyList<ulong[]?> signatures, Span<int> bucket, int band)
    {
        var next = (band + 1) % Bands;
        var secondary = new (ulong Key, int Item)[bucket.Length];
        for (var k = 0; k < bucket.Length; k++)
        {
            secondary[k] = (BandKey(signatures[bucket[k]]!, next), bucket[k]);
        }
        Array.Sort(secondary);
        for (var k = 0; k < bucket.Length; k++)
        {
            bucket[k] = secondary[k].Item;
        }
    }

    private static bool SharesEarlierBand(ulong[] a, ulong[] b, int band)
    {
        for (var earlier = 0; earlier < band; earlier++)
        {
            var offset = earlier * Rows;
            if (a.AsSpan(offset, Rows).SequenceEqual(b.AsSpan(offset, Rows)))
            {
                return true;
            }
        }
        return false;
    }

    private static ulong BandKey(ulong[] signature, int band)
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
