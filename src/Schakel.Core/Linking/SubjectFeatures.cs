using Schakel.Core.Linking.Normalization;

namespace Schakel.Core.Linking;

/// <summary>
/// The normalised identifiers of one subject, merged over all rows (signals) that carry its subject id.
/// Arrays are de-duplicated and ordered so that the result never depends on input order.
/// </summary>
public sealed class SubjectFeatures
{
    public SubjectFeatures(string subjectId) => SubjectId = subjectId;

    public string SubjectId { get; }
    public string[] Phones { get; internal set; } = [];
    public string[] Emails { get; internal set; } = [];
    public string[] Handles { get; internal set; } = [];
    public string[] Plates { get; internal set; } = [];
    public PersonName[] Names { get; internal set; } = [];
    public DateOfBirth[] DatesOfBirth { get; internal set; } = [];
    public Address[] Addresses { get; internal set; } = [];

    /// <summary>The subject's role; rows of one subject that disagree leave it unknown.</summary>
    public PersonRole Role { get; internal set; }

    /// <summary>Combines the identifiers of two rows of the same subject.</summary>
    public static SubjectFeatures Merge(SubjectFeatures a, SubjectFeatures b)
    {
        var m = new SubjectFeatures(a.SubjectId)
        {
            Phones = Union(a.Phones, b.Phones, StringComparer.Ordinal),
            Emails = Union(a.Emails, b.Emails, StringComparer.Ordinal),
            Handles = Union(a.Handles, b.Handles, StringComparer.Ordinal),
            Plates = Union(a.Plates, b.Plates, StringComparer.Ordinal),
            Names = Union(a.Names, b.Names, Comparer<PersonName>.Create((x, y) =>
            {
                var c = string.CompareOrdinal(x.Key, y.Key);
                return c != 0 ? c : string.CompareOrdinal(x.Initials, y.Initials);
            })),
            DatesOfBirth = Union(a.DatesOfBirth, b.DatesOfBirth, Comparer<DateOfBirth>.Create((x, y) =>
                (x.Year, x.Month, x.Day).CompareTo((y.Year, y.Month, y.Day)))),
            Addresses = Union(a.Addresses, b.Addresses, Comparer<Address>.Create((x, y) =>
                string.CompareOrdinal(x.ToString(), y.ToString()))),
            Role = a.Role == b.Role || b.Role == PersonRole.Unknown ? a.Role : a.Role == PersonRole.Unknown ? b.Role : PersonRole.Unknown,
        };
        return m;
    }

    private static T[] Union<T>(T[] a, T[] b, IComparer<T> comparer)
    {
        if (b.Length == 0)
        {
            return a;
        }
        if (a.Length == 0)
        {
            return b;
        }
        var all = new List<T>(a.Length + b.Length);
        all.AddRange(a);
        all.AddRange(b);
        all.Sort(comparer);
        var result = new List<T>(all.Count);
        foreach (var x in all)
        {
            if (result.Count == 0 || comparer.Compare(result[^1], x) != 0)
            {
                result.Add(x);
            }
        }
        return [.. result];
    }
}
