using System.Globalization;
using System.Text;

namespace Schakel.Core.Linking.Synthetic;

/// <summary>A labelled synthetic set: records plus the pairs of subject ids that are truly one person.</summary>
public sealed record SyntheticDataset(IReadOnlyList<SubjectRecord> Records, IReadOnlySet<(string A, string B)> TruePairs, int Persons);

/// <summary>
/// Generates Dutch-looking signals with known truth, for tests, benchmarks and demo data. A person may be
/// registered several times (under different subject ids) with typos, swapped day/month, other formats,
/// missing fields, a new phone or a move. Hard negatives are built in on purpose: families at one address
/// (same surname), labour-migrant houses of 15-60 people, victims sharing a controller's phone, and
/// different people with the same common name. Deterministic for a given seed.
/// </summary>
public sealed class SyntheticSignals
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

    private int Register(Person p)
    {
        var roll = _rng.NextDouble();
        p.Registrations = roll < 0.03 ? 4 : roll < 0.12 ? 3 : roll < 0.40 ? 2 : 1;
        _people.Add(p);
        return p.Registrations;
    }

    private NameLists.Culture PickCulture()
    {
        var total = 0;
        foreach (var c in NameLists.Cultures)
        {
            total += c.Weight;
        }
        var x = _rng.Next(total);
        foreach (var c in NameLists.Cultures)
        {
            if ((x -= c.Weight) < 0)
            {
                return c;
            }
        }
        return NameLists.Cultures[0];
    }

    private Person NewPerson(NameLists.Culture c, bool? female = null)
    {
        var isFemale = female ?? _rng.NextDouble() < 0.6;
        var first = Pick(isFemale ? c.Female : c.Male);
        var surname = Pick(c.Surnames);
        if (_names is not null && c.Code == "nl")
        {
            (first, surname) = _names(isFemale);
        }
        if (isFemale && c.Code == "pl" && surname.EndsWith("ski", StringComparison.Ordinal))
        {
            surname = surname[..^1] + "a";
        }
        else if (isFemale && c.Code == "bg")
        {
            surname += "a";
        }
        var p = new Person
        {
            Culture = c,
            First = first,
            Surname = surname,
            Dob = _rng.NextDouble() < 0.9 ? new DateOnly(1960, 1, 1).AddDays(_rng.Next(17_000)) : null,
            Phone = _rng.NextDouble() < 0.75 ? NewMobile(c) : null,
            Home = _rng.NextDouble() < 0.8 ? NewHome() : null,
            Plate = _rng.NextDouble() < 0.15 ? NewPlate() : null,
            Handle = _rng.NextDouble() < 0.2 ? NewHandle(first, surname) : null,
        };
        p.Email = _rng.NextDouble() < 0.5 ? NewEmail(first, surname) : null;
        return p;
    }

    private int Family()
    {
        var c = NameLists.Cultures[_rng.Next(3) switch { 0 => 0, 1 => 1, _ => _rng.Next(2) == 0 ? 2 : 7 }];
        var head = NewPerson(c);
        head.Home ??= NewHome();
        var landline = _rng.NextDouble() < 0.3 ? NewLandline(head.Home.City) : null;
        var members = 2 + _rng.Next(4);
        var used = new HashSet<string>(StringComparer.Ordinal) { head.First };
        var count = 0;
        for (var m = 0; m < members; m++)
        {
            var p = m == 0 ? head : NewPerson(c);
            if (m > 0)
            {
                if (!used.Add(p.First))
                {
                    continue;
                }
                p.Surname = head.Surname;
                p.Email = p.Email is null ? null : NewEmail(p.First, p.Surname);
                p.Home = head.Home;
                p.Handle = null;
            }
            if (landline is not null)
            {
                p.Phone = landline;
            }
            count += Register(p);
        }
        return count;
    }

    private int LabourHouse()
    {
        var home = NewHome();
        var size = 15 + _rng.Next(46);
        var count = 0;
        for (var i = 0; i < size; i++)
        {
            var p = NewPerson(NameLists.Cultures[3 + _rng.Next(3)], female: _rng.NextDouble() < 0.3);
            p.Home = home;
            count += Register(p);
        }
        return count;
    }

    private int ControllerPhoneGroup()
    {
        var phone = NewMobile(NameLists.Cultures[0]);
        var size = 3 + _rng.Next(4);
        var count = 0;
        for (var i = 0; i < size; i++)
        {
            var p = NewPerson(PickCulture(), female: true);
            p.Phone = phone;
            p.Email = null;
            count += Register(p);
        }
        return count;
    }

    private static readonly string[] PolishMobileRanges = ["45", "50", "51", "53", "57", "60", "66", "69", "72", "73"];

    private string NewMobile(NameLists.Culture c)
    {
        var n = (int)((uint)(_nextPhone += 1 + _rng.Next(7919)) % 100_000_000u);
        // Only ranges that exist in each country's numbering plan: normalising checks numbers against it.
        var range = n / 10_000_000;
        var subscriber = (n % 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
        return c.PhonePrefix switch
        {
            "06" => "06" + "123458"[range % 6] + subscriber,
            "+48" => "+48" + PolishMobileRanges[range] + subscriber,
            "+40" => "+407" + "234567"[range % 6] + subscriber,
            _ => "+3598" + "789"[range % 3] + subscriber,
        };
    }

    private string NewLandline(string city) => city switch
    {
        "Rotterdam" => "010" + _rng.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture),
        "Amsterdam" => "020" + _rng.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture),
        "Zwolle" or "Kampen" => "038" + _rng.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture),
        _ => "0570" + _rng.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture),
    };

    private Home NewHome()
    {
        var (city, pc) = NameLists.Cities[_rng.Next(NameLists.Cities.Length)];
        var street = _rng.NextDouble() < 0.3
            ? Pick(NameLists.Streets)
            : Pick(NameLists.StreetBases) + (_rng.Next(4) == 0 ? " " + char.ToUpperInvariant(Pick(NameLists.StreetKinds)[0]) + Pick(NameLists.StreetKinds)[1..] : Pick(NameLists.StreetKinds));
        // One street in one city has one postcode, as in reality; the same street + number is the same house.
        var h = Fnv(street + "|" + city);
        var postcode = (pc + (int)(h % 80)).ToString(CultureInfo.InvariantCulture)
            + (char)('A' + (int)(h / 80 % 26)) + (char)('A' + (int)(h / 2080 % 26));
        var addition = _rng.NextDouble() switch { < 0.75 => "", < 0.85 => ((char)('A' + _rng.Next(4))).ToString(), < 0.92 => "2", < 0.96 => "hs", _ => "bis" };
        return new Home(street, 1 + _rng.Next(180), addition, postcode, city);
    }

    private static uint Fnv(string s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }
        return h;
    }

    private string NewPlate()
    {
        const string letters = "BDFGHJKLNPRSTVXZ";
        var sb = new StringBuilder(6);
        sb.Append(_rng.Next(10)).Append(letters[_rng.Next(letters.Length)]).Append(letters[_rng.Next(letters.Length)])
          .Append(letters[_rng.Next(letters.Length)]).Append(_rng.Next(10)).Append(_rng.Next(10));
        return sb.ToString();
    }

    private string NewHandle(string first, string surname) =>
        Ascii(first) + (_rng.Next(3) switch { 0 => "_", 1 => ".", _ => "" }) + Ascii(surname)[..Math.Min(4, Ascii(surname).Length)] + _rng.Next(100, 9999).ToString(CultureInfo.InvariantCulture);

    private string NewEmail(string first, string surname) =>
        Ascii(first) + "." + Ascii(surname) + _rng.Next(1, 999).ToString(CultureInfo.InvariantCulture) + "@" + Pick(NameLists.MailDomains);

    private static string Ascii(string s)
    {
        var f = Identifiers.TextFolding.Fold(s);
        var sb = new StringBuilder(f.Length);
        foreach (var c in f)
        {
            if (c is >= 'a' and <= 'z')
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private T Pick<T>(T[] items) => items[_rng.Next(items.Length)];

    private bool Chance(double p) => _rng.NextDouble() < p;

    private SubjectRecord Render(Person p, bool first)
    {
        // A registration that only repeats a name cannot be told apart from a namesake, by a person or by
        // the engine; such registrations are re-drawn so that the set measures linking, not guessing.
        for (var attempt = 0; ; attempt++)
        {
            var r = RenderOnce(p, first);
            var evidence = (r.DateOfBirth is null ? 0 : 1) + (r.Phone is null ? 0 : 1) + (r.Email is null ? 0 : 1)
                + (r.Street is null ? 0 : 1) + (r.LicensePlate is null ? 0 : 1) + (r.Handle is null ? 0 : 1);
            if (evidence >= 2 || attempt == 5)
            {
                return r;
            }
        }
    }

    private SubjectRecord RenderOnce(Person p, bool first)
    {
        // The first registration is fairly complete; later ones lose fields and gain noise.
        var keep = first ? 0.95 : 0.8;
        var name = Chance(first ? 0.98 : 0.95) ? RenderName(p, first) : null;
        var dob = p.Dob is { } d && Chance(keep) ? RenderDob(d, first) : null;
        var phone = p.Phone is not null && Chance(first ? 0.9 : 0.6)
            ? RenderPhone(!first && Chance(0.12) ? NewMobile(p.Culture) : p.Phone)
            : null;
        var email = p.Email is not null && Chance(first ? 0.8 : 0.4) ? RenderEmail(p.Email) : null;
        string? street = null, number = null, postcode = null, city = null;
        if (p.Home is { } home && Chance(first ? 0.9 : 0.65))
        {
            var h = !first && Chance(0.08) ? NewHome() : home;
            (street, number, postcode, city) = RenderAddress(h);
        }
        var plate = p.Plate is not null && Chance(0.6) ? RenderPlate(p.Plate) : null;
        var handle = p.Handle is not null && Chance(0.6) ? RenderHandle(p.Handle) : null;
        return new SubjectRecord("", null, name, dob, phone, email, street, number, postcode, city, plate, handle);
    }

    private string RenderName(Person p, bool first)
    {
        var given = p.First;
        var surname = p.Surname;
        if (!first && Chance(0.12))
        {
            (given, surname) = Chance(0.5) ? (Typo(given), surname) : (given, Typo(surname));
        }
        if (Chance(0.3))
        {
            given = Ascii(given) == given.ToLowerInvariant() ? given : StripDiacritics(given);
            surname = StripDiacritics(surname);
        }
        var prefixEnd = LastPrefixEnd(surname);
        string name;
        var style = _rng.NextDouble();
        if (!first && style < 0.08)
        {
            name = given[0] + ". " + surname;
        }
        else if (style < 0.2)
        {
            name = prefixEnd > 0 && Chance(0.5)
                ? surname[prefixEnd..] + ", " + given + " " + surname[..prefixEnd].Trim()
                : surname + ", " + given;
        }
        else if (!first && style < 0.25)
        {
            name = surname + " " + given;
        }
        else
        {
            name = given + " " + surname;
        }
        return _rng.NextDouble() switch { < 0.08 => name.ToUpperInvariant(), < 0.12 => name.ToLowerInvariant(), _ => name };
    }

    private static int LastPrefixEnd(string surname)
    {
        string[] prefixes = ["van der ", "van den ", "van de ", "van 't ", "in 't ", "op de ", "van ", "de ", "ter ", "ten ", "el "];
        foreach (var p in prefixes)
        {
            if (surname.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            {
                return p.Length;
            }
        }
        return 0;
    }

    private static string StripDiacritics(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c switch { 'ł' => 'l', 'Ł' => 'L', 'ı' => 'i', _ => c });
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private string Typo(string s)
    {
        var letters = s.Length;
        if (letters < 3)
        {
            return s;
        }
        var i = 1 + _rng.Next(letters - 2);
        if (!char.IsLetter(s[i]) || !char.IsLetter(s[i + 1]))
        {
            return s;
        }
        return _rng.Next(4) switch
        {
            0 => s[..i] + s[i + 1] + s[i] + s[(i + 2)..],
            1 => s[..i] + s[(i + 1)..],
            2 => s[..i] + s[i] + s[i..],
            _ => s[..i] + "aeiouy"[_rng.Next(6)] + s[(i + 1)..],
        };
    }

    private string RenderDob(DateOnly d, bool first)
    {
        if (!first)
        {
            var e = _rng.NextDouble();
            if (e < 0.04 && d.Day <= 12 && d.Day != d.Month)
            {
                d = new DateOnly(d.Year, d.Day, d.Month);
            }
            else if (e < 0.07)
            {
                // One mistyped digit of the day.
                var day = d.Day / 10 * 10 + (d.Day % 10 + 1 + _rng.Next(8)) % 10;
                if (day >= 1 && day <= DateTime.DaysInMonth(d.Year, d.Month))
                {
                    d = new DateOnly(d.Year, d.Month, day);
                }
            }
            else if (e < 0.11)
            {
                return d.Year.ToString(CultureInfo.InvariantCulture);
            }
        }
        var inv = CultureInfo.InvariantCulture;
        return _rng.Next(6) switch
        {
            0 => d.ToString("yyyy-MM-dd", inv),
            1 => d.ToString("dd-MM-yyyy", inv),
            2 => d.ToString("d/M/yyyy", inv),
            3 => d.ToString("dd.MM.yyyy", inv),
            4 => d.ToString("yyyyMMdd", inv),
            _ => d.ToString("d-M-yyyy", inv),
        };
    }

    private string RenderPhone(string phone)
    {
        if (phone.StartsWith('+'))
        {
            return _rng.Next(3) switch
            {
                0 => phone,
                1 => "00" + phone[1..],
                _ => phone[..3] + " " + phone[3..6] + " " + phone[6..],
            };
        }
        if (!phone.StartsWith("06", StringComparison.Ordinal))
        {
            var area = phone.StartsWith("0570", StringComparison.Ordinal) ? 4 : 3;
            return Chance(0.5) ? phone[..area] + "-" + phone[area..] : "+31 " + phone[1..area] + " " + phone[area..];
        }
        var rest = phone[2..];
        return _rng.Next(8) switch
        {
            0 => phone,
            1 => "06-" + rest,
            2 => "+31 6 " + rest,
            3 => "+316" + rest,
            4 => "0031 6 " + rest[..4] + " " + rest[4..],
            5 => "06 " + rest[..4] + " " + rest[4..],
            6 => "+31 (0)6 " + rest,
            _ => "06." + rest[..2] + "." + rest[2..4] + "." + rest[4..6] + "." + rest[6..],
        };
    }

    private string RenderEmail(string email)
    {
        if (Chance(0.2))
        {
            email = email.ToUpperInvariant();
        }
        if (email.EndsWith("gmail.com", StringComparison.OrdinalIgnoreCase) && Chance(0.3))
        {
            var at = email.IndexOf('@');
            email = email[..at].Replace(".", "", StringComparison.Ordinal) + "+werk" + email[at..];
        }
        return email;
    }

    private (string?, string?, string?, string?) RenderAddress(Home h)
    {
        var street = h.Street;
        if (Chance(0.25))
        {
            street = street.Replace("straat", "str.", StringComparison.Ordinal).Replace("laan", "ln", StringComparison.Ordinal)
                .Replace("Burgemeester", "Burg.", StringComparison.Ordinal).Replace("Sint ", "St. ", StringComparison.Ordinal)
                .Replace("weg", "wg", StringComparison.Ordinal).Replace("plein", "pln", StringComparison.Ordinal)
                .Replace("gracht", "gr.", StringComparison.Ordinal).Replace("Van ", "v. ", StringComparison.Ordinal);
        }
        var nr = h.Number.ToString(CultureInfo.InvariantCulture);
        var number = h.Addition.Length == 0 ? nr : _rng.Next(4) switch
        {
            0 => nr + (char.IsAsciiDigit(h.Addition[0]) ? "-" : "") + h.Addition,
            1 => nr + " " + h.Addition.ToUpperInvariant(),
            2 => nr + "-" + h.Addition.ToLowerInvariant(),
            _ => h.Addition == "2" ? nr + "-II" : nr + " " + h.Addition,
        };
        var postcode = _rng.Next(3) switch { 0 => h.Postcode, 1 => h.Postcode[..4] + " " + h.Postcode[4..], _ => h.Postcode[..4] + " " + h.Postcode[4..].ToLowerInvariant() };
        if (Chance(0.12))
        {
            postcode = "";
        }
        if (Chance(0.05))
        {
            return (street + " " + number, null, postcode, h.City);
        }
        return (street, number, postcode, Chance(0.1) ? h.City.ToUpperInvariant() : h.City);
    }

    private string RenderPlate(string plate)
    {
        var formatted = Identifiers.LicensePlateNormalizer.FormatDutch(plate);
        return _rng.Next(3) switch { 0 => formatted, 1 => plate, _ => formatted.ToLowerInvariant().Replace('-', ' ') };
    }

    private string RenderHandle(string handle) => _rng.Next(5) switch
    {
        0 => "@" + handle,
        1 => handle,
        2 => "instagram.com/" + handle,
        3 => "https://www.instagram.com/" + handle + "/",
        _ => "@" + handle.ToUpperInvariant() + " ",
    };
}
