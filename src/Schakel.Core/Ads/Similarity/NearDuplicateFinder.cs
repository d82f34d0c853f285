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
    /// Large buckets (one template pasted hundreds of times) are compared along a sliding window
    /// instead of all pairs; neighbours still chain the bucket together for clustering.
    /// </summary>
    public const int FullCompareLimit = 48;

    public const int Window = 24;

    /// <param name="signatures">Per item a signature from <see cref="MinHasher"/>, or null to leave it out.</param>
    /// <returns>Pairs (a &lt; b) with estimated Jaccard ≥ threshold, sorted, without repeats.</returns>
    public static IReadOnlyList<(int A, int B)> FindPairs(IReadOnlyList<ulong[]?> signatures, double threshold)
    {
        var perBand = new List<(int, int)>[Bands];
        Parallel.For(0, Bands, band => perBand[band] = PairsInBand(signatures, band, threshold));

        var all = new List<(int A, int B)>(perBand.Sum(p => p.Count));
        foreach (var pairs in perBand)
        {
            all.AddRange(pairs);
        }
        all.Sort();
        return all;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(int, int)> PairsInBand(IReadOnlyList<ulong[]?> signatures, int band, double threshold)
    {
        var keys = new List<(ulong Key, int Item)>(signatures.Count);
        for (var item = 0; item < signatures.Count; item++)
        {
            var signature = signatures[item];
            if (signature is not null)
            {
                keys.Add((BandKey(signature, band), item));
            }
        }
        keys.Sort();

        var minEqual = (int)Math.Ceiling(threshold * MinHasher.SignatureLength);
        var pairs = new List<(int, int)>();
        var start = 0;
        while (start < keys.Count)
        {
            var end = start + 1;
            while (end < keys.Count && keys[end].Key == keys[start].Key)
            {
                end++;
            }
            var size = end - start;
            var reach = size <= FullCompareLimit ? size : Window + 1;
            for (var i = start; i < end; i++)
            {
                var last = Math.Min(end, i + reach);
                for (var j = i + 1; j < last; j++)
                {
                    int a = keys[i].Item, b = keys[j].Item;
                    var sa = signatures[a]!;
                    var sb = signatures[b]!;
                    // A pair that also shares an earlier band is that band's to report: every pair once, no dedupe pass.
                    if (!SharesEarlierBand(sa, sb, band) && MinHasher.EqualSlots(sa, sb) >= minEqual)
                    {
                        pairs.Add(a < b ? (a, b) : (b, a));
                    }
                }
            }
            start = end;
        }
        return pairs;
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
