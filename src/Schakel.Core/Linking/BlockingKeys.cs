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
    NameInitial = 9,
    FullName = 10,
    NameCity = 11,
    DatePostcode = 12,
    StreetNumber = 13,
    DateHouse = 14,
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
        BlockKind.NameInitial => 100,
        BlockKind.FullName => 20,
        BlockKind.NameCity => 50,
        BlockKind.DatePostcode => 50,
        BlockKind.StreetNumber => 30,
        BlockKind.DateHouse => 50,
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
            if (a.StreetKey is not null)
            {
                // Street and number alone: the postcode or the place may carry the typo.
                keys.Add(Key(BlockKind.StreetNumber, StableHash.Add(StableHash.Add(StableHash.Start(13), a.StreetKey), a.Number!.Value.Number)));
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
            NameKeys(f, name, keys);
        }
        foreach (var d in f.DatesOfBirth)
        {
            if (d.IsYearOnly)
            {
                continue;
            }
            // Whatever the name says (a changed first name, a swapped surname), the same birth date in the same
            // postcode area, or at the same house number, is worth a look.
            foreach (var a in f.Addresses)
            {
                if (a.Postcode is { Length: >= 4 } pc)
                {
                    keys.Add(Key(BlockKind.DatePostcode, StableHash.Add(DateHash(d), pc.AsSpan(0, 4))));
                }
                if (a.Number is { } number)
                {
                    keys.Add(Key(BlockKind.DateHouse, StableHash.Add(DateHash(d), number.Number)));
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

    private static void NameKeys(SubjectFeatures f, Normalization.PersonName name, List<ulong> keys)
    {
        var sorted = (string[])name.Skeletons.Clone();
        Array.Sort(sorted, StringComparer.Ordinal);
        var all = StableHash.Start(7);
        foreach (var s in sorted)
        {
            all = StableHash.Add(all, s);
        }
        // A rare full name alone (the block cap drops the common ones).
        keys.Add(Key(BlockKind.FullName, StableHash.Add(StableHash.Start(10), name.Key)));
        for (var i = 0; i < name.Tokens.Length; i++)
        {
            // Sound code of one token + first letter of each other token, or of the initials: one typo anywhere else in
            // the name still meets ("Imogen Louca"/"Imoen Louca", "Sophie Red"/"Sophie Reid").
            var skeleton = StableHash.Add(StableHash.Start(9), name.Skeletons[i]);
            var others = 0;
            for (var j = 0; j < name.Tokens.Length; j++)
            {
                if (j != i)
                {
                    keys.Add(Key(BlockKind.NameInitial, StableHash.Add(skeleton, name.Tokens[j][0])));
                    others++;
                }
            }
            foreach (var c in name.Initials)
            {
                keys.Add(Key(BlockKind.NameInitial, StableHash.Add(skeleton, c)));
                others++;
            }
            if (others == 0)
            {
                keys.Add(Key(BlockKind.NameInitial, skeleton));
            }
            foreach (var a in f.Addresses)
            {
                if (a.CityKey is not null)
                {
                    keys.Add(Key(BlockKind.NameCity, StableHash.Add(StableHash.Add(StableHash.Start(11), name.Skeletons[i]), a.CityKey)));
                }
            }
        }
        foreach (var d in f.DatesOfBirth)
        {
            keys.Add(Key(BlockKind.NameYear, StableHash.Add(all, d.Year)));
            if (!d.IsYearOnly)
            {
                var dateHash = DateHash(d);
                foreach (var s in name.Skeletons)
                {
                    keys.Add(Key(BlockKind.DateName, StableHash.Add(dateHash, s)));
                }
            }
        }
    }

    /// <summary>Day and month in canonical order, so that a swapped date lands in the same block.</summary>
    private static ulong DateHash(Normalization.DateOfBirth d)
    {
        var lo = Math.Min(d.Day, d.Month);
        var hi = Math.Max(d.Day, d.Month);
        return StableHash.Add(StableHash.Add(StableHash.Add(StableHash.Start(8), d.Year), lo), hi);
    }

    private static ulong Key(BlockKind kind, ulong hash) => ((ulong)kind << KindShift) | (hash & ((1UL << KindShift) - 1));
}
