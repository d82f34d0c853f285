using System.Globalization;
using System.Text;

namespace Schakel.Web.Features.Import;

/// <summary>
/// Guesses which column fills which field from its header: the usual Dutch names in the lists regions keep ("Datum
/// melding", "Gemeente", "Vorm", "Naam slachtoffer", "Geboortedatum", "Telefoon", …), compared without case, accents
/// and punctuation. A guess is only a start: the mapping screen shows it and the administrator corrects it.
/// </summary>
public static class ColumnGuesser
{
    private static readonly (ImportField Field, string[] Names)[] Known =
    [
        (ImportField.SourceKey, ["nummer", "nr", "id", "kenmerk", "registratienummer", "meldingnummer", "nummer melding", "dossiernummer", "volgnummer", "referentie", "bronnummer"]),
        (ImportField.ReceivedOn, ["datum melding", "meldingsdatum", "melddatum", "datum ontvangst", "ontvangen", "datum binnenkomst", "datum", "datum signaal", "registratiedatum"]),
        (ImportField.Municipality, ["gemeente", "gemeente melding", "betrokken gemeente", "gemeente van de melding", "woongemeente melding"]),
        (ImportField.Forms, ["vorm", "vormen", "vorm uitbuiting", "vorm van uitbuiting", "uitbuitingsvorm", "soort uitbuiting", "type uitbuiting"]),
        (ImportField.Sector, ["sector", "branche", "werksector"]),
        (ImportField.Kind, ["soort", "soort melding", "type melding", "melding of adviesvraag", "type"]),
        (ImportField.Status, ["status", "uitkomst", "resultaat", "afloop", "afhandeling", "stand van zaken"]),
        (ImportField.ClosedOn, ["datum afgesloten", "afgesloten op", "datum afsluiting", "einddatum", "afsluitdatum", "datum afgehandeld"]),
        (ImportField.Outcome, ["toelichting uitkomst", "uitkomst toelichting", "besluit", "conclusie", "toelichting"]),
        (ImportField.Description, ["omschrijving", "beschrijving", "situatie", "samenvatting", "omschrijving situatie", "signaal", "opmerkingen"]),
        (ImportField.MelderType, ["melder", "soort melder", "type melder", "melder organisatie", "bron melding", "afkomstig van", "verwijzer"]),
        (ImportField.ObservedOn, ["datum waarneming", "waargenomen op", "datum situatie", "datum voorval"]),
        (ImportField.SubjectName, ["naam", "naam slachtoffer", "naam betrokkene", "naam persoon", "naam client", "slachtoffer", "betrokkene", "volledige naam", "naam dader", "naam verdachte"]),
        (ImportField.DateOfBirth, ["geboortedatum", "geb datum", "gebdatum", "geboren", "geboren op", "geb"]),
        (ImportField.Gender, ["geslacht", "gender", "m v"]),
        (ImportField.Nationality, ["nationaliteit", "land van herkomst", "herkomst", "herkomstland"]),
        (ImportField.Phone, ["telefoon", "telefoonnummer", "tel", "telnr", "mobiel", "mobiel nummer", "06"]),
        (ImportField.Email, ["e mail", "email", "mail", "e mailadres", "emailadres", "mailadres"]),
        (ImportField.Address, ["adres", "straat", "straat en huisnummer", "woonadres", "verblijfadres", "verblijfsadres"]),
        (ImportField.Postcode, ["postcode"]),
        (ImportField.City, ["woonplaats", "plaats", "verblijfplaats", "verblijfsplaats"]),
        (ImportField.LicensePlate, ["kenteken", "kentekens", "nummerbord", "voertuig"]),
        (ImportField.SubjectRole, ["rol", "rol persoon", "rol betrokkene", "slachtoffer of dader", "betrokkenheid"]),
    ];

    private static readonly Dictionary<string, ImportField> ByName = Known
        .SelectMany(k => k.Names.Select(n => (Name: Key(n), k.Field)))
        .GroupBy(x => x.Name).ToDictionary(g => g.Key, g => g.First().Field);

    /// <summary>The field a header means, or null when it is not a name Schakel knows.</summary>
    public static ImportField? Recognise(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }
        var key = Key(header);
        if (ByName.TryGetValue(key, out var field))
        {
            return field;
        }
        // "Naam slachtoffer 1", "Telefoon (mobiel)": the known name followed by a qualifier.
        var best = ByName.Where(n => n.Key.Length >= 4 && key.StartsWith(n.Key + " ", StringComparison.Ordinal))
            .OrderByDescending(n => n.Key.Length).Select(n => (ImportField?)n.Value).FirstOrDefault();
        return best;
    }

    /// <summary>Field → header for every column recognised; the first column wins when two mean the same field.</summary>
    public static Dictionary<ImportField, string> Guess(IEnumerable<ImportColumn> columns)
    {
        var result = new Dictionary<ImportField, string>();
        foreach (var column in columns)
        {
            if (Recognise(column.Header) is { } field)
            {
                result.TryAdd(field, column.Header);
            }
        }
        return result;
    }

    /// <summary>Lower case, no accents, every run of other characters one space: "Geb.-datum" → "geb datum".</summary>
    internal static string Key(string text)
    {
        var normalised = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(normalised.Length);
        var space = false;
        foreach (var c in normalised)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }
}
