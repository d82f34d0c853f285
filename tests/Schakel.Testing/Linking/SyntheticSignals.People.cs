using System.Globalization;
using System.Text;
using Schakel.Core.Linking;

namespace Schakel.Testing.Linking;

/// <summary>Who the synthetic people are: families, labour-migrant houses, shared controller phones, their identifiers.</summary>
public sealed partial class SyntheticSignals
{
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
        var f = Schakel.Core.Identifiers.TextFolding.Fold(s);
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
}
