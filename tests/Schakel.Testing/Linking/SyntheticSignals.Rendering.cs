using System.Globalization;
using System.Text;
using Schakel.Core.Linking;

namespace Schakel.Testing.Linking;

/// <summary>How a person is written down at one registration: typos, other formats, missing fields.</summary>
public sealed partial class SyntheticSignals
{
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
        var formatted = Schakel.Core.Identifiers.LicensePlateNormalizer.FormatDutch(plate);
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
