using Schakel.Core.Linking.Normalization;

namespace Schakel.Core.Linking;

/// <summary>Kinds of blocking key; the kind is kept in the top 4 bits of every key.</summary>
public enum BlockKind
{
    Phone = 1,
    Email = 2,
    Handle = 3,
    Plate = 4,
    Address = 5,
    AddressName = 6,
    NameYear = 7,
    DateName = 8,
}

/// <summary>
/// Blocking: only subjects that share at least one key are compared, so the work grows with the data
/// instead of with its square. Keys are 64-bit hashes of a normalised value (collisions only cost an
/// extra comparison). A block that is larger than the cap of its kind is skipped: such a value says
/// little (a shared house of 150 workers, a phone number used as a placeholder), and comparing everyone
/// in it would be quadratic. The narrower keys (address + name, date + name) still find the real
/// duplicates inside a skipped address block.
/// </summary>
public static class BlockingKeys
{
    public const int KindShift = 60;

    /// <summary>Largest block compared, per kind.</summary>
    public static int Cap(BlockKind kind) => kind switch
    {
        BlockKind.Phone or BlockKind.Email or BlockKind.Handle => 500,
        BlockKind.Plate => 200,
        BlockKind.Address => 100,
        BlockKind.AddressName => 50,
        BlockKind.NameYear => 60,
        BlockKind.DateName => 100,
        _ => 100,
    };

    public static BlockKind KindOf(ulong key) => (BlockKind)(int)(key >> KindShift);

    /// <summary>Adds the de-duplicated keys of a subject to <paramref name="keys"/>.</summary>
    public static void Generate(SubjectFeatures f, List<ulong> keys)
    {
        var start = keys.Count;
        foreach (var p in f.Phones)
        {
            keys.Add(Key(BlockKind.Phone, StableHash.Add(StableHash.Start(1), p)));
        }
        foreach (var e in f.Emails)
        {
            keys.Add(Key(BlockKind.Email, StableHash.Add(StableHash.Start(2), e)));
        }
        foreach (var h in f.Handles)
        {
            keys.Add(Key(BlockKind.Handle, StableHash.Add(StableHash.Start(3), h)));
        }
        foreach (var p in f.Plates)
        {
            keys.Add(Key(BlockKind.Plate, StableHash.Add(StableHash.Start(4), p)));
        }
        Span<ulong> houseKeys = stackalloc ulong[2];
        foreach (var a in f.Addresses)
        {
            if (!a.HasHouse)
            {
                continue;
            }
            // Both keys when both are known, so a row with only a street finds a row with a postcode.
            var n = 0;
            if (a.Postcode is not null)
            {
                houseKeys[n++] = StableHash.Add(StableHash.Add(StableHash.Start(5), a.Postcode), a.Number!.Value.Number);
            }
            if (a.StreetKey is not null && a.CityKey is not null)
            {
                houseKeys[n++] = StableHash.Add(StableHash.Add(StableHash.Add(StableHash.Start(15), a.StreetKey), a.CityKey), a.Number!.Value.Number);
            }
            for (var i = 0; i < n; i++)
            {
                keys.Add(Key(BlockKind.Address, houseKeys[i]));
                foreach (var name in f.Names)
                {
                    foreach (var s in name.Skeletons)
                    {
                        keys.Add(Key(BlockKind.AddressName, StableHash.Add(houseKeys[i], s)));
                    }
                }
            }
        }
        foreach (var name in f.Names)
        {
            if (name.Tokens.Length == 0)
            {
                continue;
            }
            var sorted = (string[])name.Skeletons.Clone();
            Array.Sort(sorted, StringComparer.Ordinal);
            foreach (var d in f.DatesOfBirth)
            {
                var h = StableHash.Start(7);
                foreach (var s in sorted)
                {
                    h = StableHash.Add(h, s);
                }
                keys.Add(Key(BlockKind.NameYear, StableHash.Add(h, d.Year)));
                if (!d.IsYearOnly)
                {
                    // Day and month in canonical order so that a swapped date lands in the same block.
                    var lo = Math.Min(d.Day, d.Month);
                    var hi = Math.Max(d.Day, d.Month);
                    var dateHash = StableHash.Add(StableHash.Add(StableHash.Add(StableHash.Start(8), d.Year), lo), hi);
                    foreach (var s in name.Skeletons)
                    {
                        keys.Add(Key(BlockKind.DateName, StableHash.Add(dateHash, s)));
                    }
                }
            }
        }
        // De-duplicate this subject's keys so that a subject never meets itself in a block.
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys)[start..];
        span.Sort();
        var w = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (i == 0 || span[i] != span[i - 1])
            {
                span[w++] = span[i];
            }
        }
        keys.RemoveRange(start + w, span.Length - w);
    }

    private static ulong Key(BlockKind kind, ulong hash) => ((ulong)kind << KindShift) | (hash & ((1UL << KindShift) - 1));
}
