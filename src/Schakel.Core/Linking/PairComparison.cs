using Schakel.Core.Identifiers;
using Schakel.Core.Linking.Normalization;

namespace Schakel.Core.Linking;

/// <summary>
/// The comparison vector of a pair: one level per field, what agreed, and the values whose rarity adjusts the weight.
/// A subject may carry several values per field (several signals, several phones); the strongest level counts, because
/// one shared phone is enough evidence whatever the other numbers are.
/// </summary>
public readonly struct PairComparison
{
    private readonly byte _name, _date, _address, _phone, _email, _handle, _plate;

    private PairComparison(byte name, byte date, byte address, byte phone, byte email, byte handle, byte plate,
        MatchReason reasons, string? nameTerm, bool nameTermIsFullName, string? streetTerm)
    {
        _name = name;
        _date = date;
        _address = address;
        _phone = phone;
        _email = email;
        _handle = handle;
        _plate = plate;
        Reasons = reasons;
        NameTerm = nameTerm;
        NameTermIsFullName = nameTermIsFullName;
        StreetTerm = streetTerm;
    }

    public MatchReason Reasons { get; }

    /// <summary>Both names are known and have nothing in common.</summary>
    public bool NamesDiffer => _name == (byte)NameLevel.Different;

    /// <summary>The full name (exact level) or the shared token (partial levels) whose frequency adjusts the name weight.</summary>
    public string? NameTerm { get; }

    public bool NameTermIsFullName { get; }

    /// <summary>The shared street at the "same street" level.</summary>
    public string? StreetTerm { get; }

    public int Level(ComparisonField field) => field switch
    {
        ComparisonField.Name => _name,
        ComparisonField.DateOfBirth => _date,
        ComparisonField.Address => _address,
        ComparisonField.Phone => _phone,
        ComparisonField.Email => _email,
        ComparisonField.Handle => _handle,
        _ => _plate,
    };

    /// <summary>All levels as one number (mixed radix), so that pairs can be counted per pattern.</summary>
    public int Pattern
    {
        get
        {
            var p = 0;
            foreach (var f in ComparisonFields.All)
            {
                p = (p * ComparisonFields.LevelCount(f)) + Level(f);
            }
            return p;
        }
    }

    public static int PatternCount { get; } = ComparisonFields.All.Aggregate(1, (n, f) => n * ComparisonFields.LevelCount(f));

    /// <summary>The level of <paramref name="field"/> in a pattern number.</summary>
    public static int LevelOf(int pattern, ComparisonField field)
    {
        for (var i = ComparisonFields.Count - 1; i >= 0; i--)
        {
            var f = ComparisonFields.All[i];
            var n = ComparisonFields.LevelCount(f);
            if (f == field)
            {
                return pattern % n;
            }
            pattern /= n;
        }
        return 0;
    }

    public static PairComparison Compare(SubjectFeatures a, SubjectFeatures b)
    {
        var reasons = MatchReason.None;
        var phone = ComparePhones(a.Phones, b.Phones, ref reasons);
        var email = CompareExact(a.Emails, b.Emails, MatchReason.Email, ref reasons);
        var handle = CompareExact(a.Handles, b.Handles, MatchReason.Handle, ref reasons);
        var plate = CompareExact(a.Plates, b.Plates, MatchReason.LicensePlate, ref reasons);

        var name = NameLevel.Missing;
        string? nameTerm = null;
        foreach (var x in a.Names)
        {
            foreach (var y in b.Names)
            {
                var level = FieldComparers.Compare(x, y, out var shared);
                if (Better((int)level, (int)name))
                {
                    name = level;
                    nameTerm = level == NameLevel.Exact ? x.Key : shared;
                }
            }
        }
        reasons |= name switch
        {
            NameLevel.Exact => MatchReason.NameExact,
            NameLevel.Close or NameLevel.Similar or NameLevel.Extra => MatchReason.NameFuzzy,
            NameLevel.Initials => MatchReason.NameInitials,
            NameLevel.Single => MatchReason.NamePartial,
            NameLevel.OneToken => MatchReason.NameShared,
            _ => MatchReason.None,
        };
        // A shared rare surname says much about a family and little about a person when the first names differ, so the
        // term adjustment is for the levels where the shared value is the whole evidence.
        if (name is not (NameLevel.Exact or NameLevel.Initials or NameLevel.Single))
        {
            nameTerm = null;
        }

        var date = DateLevel.Missing;
        foreach (var x in a.DatesOfBirth)
        {
            foreach (var y in b.DatesOfBirth)
            {
                var level = FieldComparers.Compare(x, y);
                if (Better((int)level, (int)date))
                {
                    date = level;
                }
            }
        }
        reasons |= date switch
        {
            DateLevel.Exact => MatchReason.DobExact,
            DateLevel.Swapped => MatchReason.DobSwapped,
            DateLevel.OneEdit => MatchReason.DobClose,
            DateLevel.Year => MatchReason.DobYear,
            _ => MatchReason.None,
        };

        var address = AddressLevel.Missing;
        string? streetTerm = null;
        foreach (var x in a.Addresses)
        {
            foreach (var y in b.Addresses)
            {
                var level = FieldComparers.Compare(x, y);
                if (Better((int)level, (int)address))
                {
                    address = level;
                    streetTerm = level == AddressLevel.Street && FieldComparers.SameStreet(x, y) ? x.StreetKey : null;
                }
            }
        }
        reasons |= address switch
        {
            AddressLevel.Exact => MatchReason.Address,
            AddressLevel.Building => MatchReason.AddressBuilding,
            AddressLevel.Near or AddressLevel.Partial => MatchReason.AddressNear,
            AddressLevel.Street => MatchReason.AddressStreet,
            _ => MatchReason.None,
        };

        // A Dutch fixed line, and a surname alone or with fitting initials, point to a household like the address: when the address agrees too
        // they are one piece of evidence, so they are left out and the address speaks. Without this, a family at one
        // address looks like one person seen three times. (The reasons are kept: the chain director sees them.)
        if (address is AddressLevel.Exact or AddressLevel.Building or AddressLevel.Near)
        {
            if (phone == PhoneLevel.AgreeFixedLine)
            {
                phone = PhoneLevel.Missing;
            }
            if (name is NameLevel.Initials or NameLevel.Single)
            {
                name = NameLevel.Missing;
                nameTerm = null;
            }
        }
        return new PairComparison((byte)name, (byte)date, (byte)address, (byte)phone, (byte)email, (byte)handle, (byte)plate,
            reasons, nameTerm, name == NameLevel.Exact, streetTerm);
    }

    /// <summary>Level 0 is "missing"; among known levels a lower number is a stronger agreement.</summary>
    private static bool Better(int level, int current) => level != 0 && (current == 0 || level < current);

    private static PhoneLevel ComparePhones(string[] a, string[] b, ref MatchReason reasons)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return PhoneLevel.Missing;
        }
        var best = PhoneLevel.Different;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    reasons |= MatchReason.Phone;
                    if (!PhoneNormalizer.IsDutchLandline(x))
                    {
                        return PhoneLevel.Agree;
                    }
                    best = PhoneLevel.AgreeFixedLine;
                }
            }
        }
        return best;
    }

    private static ExactLevel CompareExact(string[] a, string[] b, MatchReason flag, ref MatchReason reasons)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return ExactLevel.Missing;
        }
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (string.Equals(x, y, StringComparison.Ordinal))
                {
                    reasons |= flag;
                    return ExactLevel.Agree;
                }
            }
        }
        return ExactLevel.Different;
    }
}
