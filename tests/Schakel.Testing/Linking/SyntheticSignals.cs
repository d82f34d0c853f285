using System.Globalization;
using System.Text;

using Schakel.Core.Linking;

namespace Schakel.Testing.Linking;

/// <summary>A labelled synthetic set: records plus the pairs of subject ids that are truly one person.</summary>
public sealed record SyntheticDataset(IReadOnlyList<SubjectRecord> Records, IReadOnlySet<(string A, string B)> TruePairs, int Persons);

/// <summary>
/// Generates Dutch-looking signals with known truth, for tests, benchmarks and demo data. A person may be
/// registered several times (under different subject ids) with typos, swapped day/month, other formats,
/// missing fields, a new phone or a move. Hard negatives are built in on purpose: families at one address
/// (same surname), labour-migrant houses of 15-60 people, victims sharing a controller's phone, and
/// different people with the same common name. Deterministic for a given seed.
/// </summary>
public sealed partial class SyntheticSignals
{
    private static readonly (string First, string Surname, int Culture)[] CommonNames =
    [
        ("Jan", "de Vries", 0), ("Mohamed", "El Amrani", 2), ("Anna", "Nowak", 3), ("Mehmet", "Yılmaz", 1),
        ("Maria", "Popescu", 4), ("Kees", "Jansen", 0), ("Fatima", "Benali", 2), ("Sanne", "de Jong", 0),
    ];

    private readonly Random _rng;
    private readonly Func<bool, (string First, string Surname)>? _names;
    private readonly List<Person> _people = [];
    private int _nextPhone;

    private SyntheticSignals(int seed, Func<bool, (string First, string Surname)>? names)
    {
        _rng = new Random(seed);
        _names = names;
        _nextPhone = _rng.Next(10_000_000, 20_000_000);
    }

    private sealed class Person
    {
        public required NameLists.Culture Culture { get; init; }
        public required string First { get; set; }
        public required string Surname { get; set; }
        public DateOnly? Dob { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
        public Home? Home { get; set; }
        public string? Plate { get; set; }
        public string? Handle { get; set; }
        public int Registrations { get; set; } = 1;
    }

    private sealed record Home(string Street, int Number, string Addition, string Postcode, string City);

    /// <summary>Generates about <paramref name="records"/> subject registrations.</summary>
    /// <param name="names">
    /// Optional other source of (first name, surname) by gender (true = female), e.g. a Bogus faker, to check
    /// that the engine is not tuned to the built-in name lists.
    /// </param>
    public static SyntheticDataset Generate(int records, int seed = 42, Func<bool, (string First, string Surname)>? names = null)
    {
        var g = new SyntheticSignals(seed, names);
        return g.Build(records);
    }

    private SyntheticDataset Build(int target)
    {
        var planned = 0;
        while (planned < target)
        {
            var roll = _rng.NextDouble();
            if (roll < 0.0008)
            {
                planned += LabourHouse();
            }
            else if (roll < 0.003)
            {
                planned += ControllerPhoneGroup();
            }
            else if (roll < 0.05)
            {
                planned += Family();
            }
            else
            {
                var p = NewPerson(PickCulture());
                if (_rng.NextDouble() < 0.03)
                {
                    var (first, surname, culture) = CommonNames[_rng.Next(CommonNames.Length)];
                    p = NewPerson(NameLists.Cultures[culture]);
                    p.First = first;
                    p.Surname = surname;
                }
                planned += Register(p);
            }
        }

        // Render records; shuffle so that registrations of one person are not adjacent, then number them.
        var rendered = new List<(Person Person, SubjectRecord Record)>();
        foreach (var p in _people)
        {
            for (var r = 0; r < p.Registrations; r++)
            {
                rendered.Add((p, Render(p, r == 0)));
            }
        }
        for (var i = rendered.Count - 1; i > 0; i--)
        {
            var j = _rng.Next(i + 1);
            (rendered[i], rendered[j]) = (rendered[j], rendered[i]);
        }
        var records = new List<SubjectRecord>(rendered.Count + rendered.Count / 20);
        var idsOf = new Dictionary<Person, List<string>>(ReferenceEqualityComparer.Instance);
        var signal = 0;
        for (var i = 0; i < rendered.Count; i++)
        {
            var id = "S" + (1_000_000 + i).ToString(CultureInfo.InvariantCulture);
            var rec = rendered[i].Record with { SubjectId = id, SignalId = "M" + (++signal).ToString(CultureInfo.InvariantCulture) };
            if (_rng.NextDouble() < 0.04)
            {
                // The same subject in a second signal: split the identifiers over two rows.
                records.Add(rec with { Phone = null, Email = null, Handle = null });
                records.Add(new SubjectRecord(id, "M" + (++signal).ToString(CultureInfo.InvariantCulture), null, null, rec.Phone, rec.Email, null, null, null, null, null, rec.Handle));
            }
            else
            {
                records.Add(rec);
            }
            if (!idsOf.TryGetValue(rendered[i].Person, out var list))
            {
                list = [];
                idsOf[rendered[i].Person] = list;
            }
            list.Add(id);
        }
        var truth = new HashSet<(string, string)>();
        foreach (var list in idsOf.Values)
        {
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    truth.Add(string.CompareOrdinal(list[i], list[j]) < 0 ? (list[i], list[j]) : (list[j], list[i]));
                }
            }
        }
        return new SyntheticDataset(records, truth, _people.Count);
    }
}
