using System.Runtime.CompilerServices;
using Schakel.Core.Identifiers;

namespace Schakel.Core.Ads;

/// <summary>
/// Groups ads that share a normalised phone number, handle or photo, or have near-duplicate texts.
/// Ads must come sorted by ad id, so the cluster id "c" + smallest ad id is the same whatever the order
/// of the input file.
/// </summary>
public static class AdClusterer
{
    public const string IdPrefix = "c";

    /// <returns>Per ad (same index) its cluster id.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string[] Assign(IReadOnlyList<Ad> adsSortedById, IReadOnlyList<(int A, int B)> nearDuplicates)
    {
        var sets = new DisjointSet(adsSortedById.Count);
        UnionOnKey(adsSortedById, sets, ad => ad.Phone);
        UnionOnKey(adsSortedById, sets, ad => ad.Handle);
        UnionOnKey(adsSortedById, sets, ad => ad.PhotoHash);
        foreach (var (a, b) in nearDuplicates)
        {
            sets.Union(a, b);
        }

        // The first index met for a root is its smallest, because indices follow ad-id order.
        var smallest = new Dictionary<int, string>();
        var ids = new string[adsSortedById.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            var root = sets.Find(i);
            if (!smallest.TryGetValue(root, out var id))
            {
                id = IdPrefix + adsSortedById[i].AdId;
                smallest[root] = id;
            }
            ids[i] = id;
        }
        return ids;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void UnionOnKey(IReadOnlyList<Ad> ads, DisjointSet sets, Func<Ad, string?> key)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ads.Count; i++)
        {
            var k = key(ads[i]);
            if (k is null)
            {
                continue;
            }
            if (first.TryGetValue(k, out var other))
            {
                sets.Union(other, i);
            }
            else
            {
                first[k] = i;
            }
        }
    }
}
