using System.Net.Mail;
using System.Text.RegularExpressions;
using Schakel.Core.Reference;
using Schakel.Core.Signals;

namespace Schakel.Web.Features.Signals;

/// <summary>
/// Server-side validation of every intake channel. Returns Dutch messages keyed by field path so a form can show each
/// message next to its field and keep everything typed.
/// </summary>
public static partial class SignalValidator
{
    public const int MaxSubjects = 20;
    public const int MaxDescription = 8000;
    public const int MaxAcuteIntervention = 2000;

    public static Dictionary<string, string> Validate(SignalDraft d, ReferenceSnapshot refs, DateOnly today, string prefix = "")
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        void Error(string field, string message) => errors.TryAdd(prefix + field, message);

        if (!Enum.IsDefined(d.Kind))
        {
            Error(nameof(d.Kind), "Kies of het een melding of een adviesvraag is.");
        }
        if (string.IsNullOrWhiteSpace(d.MelderTypeCode))
        {
            Error(nameof(d.MelderTypeCode), "Kies wie de melding doet (soort melder).");
        }
        else if (refs.MelderTypes.All(m => m.Code != d.MelderTypeCode))
        {
            Error(nameof(d.MelderTypeCode), "Dit soort melder is onbekend. Kies er een uit de lijst.");
        }
        if (d.ObservedOn is { } observed)
        {
            if (observed > today)
            {
                Error(nameof(d.ObservedOn), "De datum van de waarneming ligt in de toekomst.");
            }
            else if (observed < new DateOnly(1950, 1, 1))
            {
                Error(nameof(d.ObservedOn), "De datum van de waarneming is te ver in het verleden.");
            }
        }
        if (d.MunicipalityId is { } mid && refs.Municipalities.All(m => m.Id != mid))
        {
            Error(nameof(d.MunicipalityId), "Deze gemeente is onbekend. Kies een gemeente uit de lijst.");
        }
        if (d.Kind == SignalKind.Report && d.FormCodes.Count == 0)
        {
            Error(nameof(d.FormCodes), "Kies ten minste één vorm van uitbuiting, of 'Onduidelijk'.");
        }
        if (d.FormCodes.Any(f => refs.Forms.All(r => r.Code != f)))
        {
            Error(nameof(d.FormCodes), "Een gekozen vorm van uitbuiting is onbekend.");
        }
        if (!string.IsNullOrEmpty(d.SectorCode) && refs.Sectors.All(s => s.Code != d.SectorCode))
        {
            Error(nameof(d.SectorCode), "Deze sector is onbekend. Kies een sector uit de lijst.");
        }
        if (d.IndicatorCodes.Any(c => refs.Indicators.All(i => i.Code != c)))
        {
            Error(nameof(d.IndicatorCodes), "Een aangevinkte indicator is onbekend.");
        }
        if (string.IsNullOrWhiteSpace(d.Description))
        {
            Error(nameof(d.Description), d.Kind == SignalKind.AdviceQuestion ? "Beschrijf uw vraag." : "Beschrijf wat u zag, hoorde of vermoedt.");
        }
        else if (d.Description.Length > MaxDescription)
        {
            Error(nameof(d.Description), $"De beschrijving is te lang: maximaal {MaxDescription} tekens, u gebruikte er {d.Description.Length}.");
        }
        if (d.MelderName?.Length > 200)
        {
            Error(nameof(d.MelderName), "De naam is te lang (maximaal 200 tekens).");
        }
        if (d.MelderContact?.Length > 200)
        {
            Error(nameof(d.MelderContact), "Het contactgegeven is te lang (maximaal 200 tekens).");
        }
        if (d.IsAcute)
        {
            if (d.Kind != SignalKind.Report)
            {
                Error(nameof(d.IsAcute), "Alleen een melding kan acuut zijn, een adviesvraag niet.");
            }
            if (d.AcuteBy is null || !Enum.IsDefined(d.AcuteBy.Value))
            {
                Error(nameof(d.AcuteBy), "Geef aan wie direct ingrijpt: politie/OM, burgemeester of zorgcoördinator.");
            }
            if (string.IsNullOrWhiteSpace(d.AcuteIntervention))
            {
                Error(nameof(d.AcuteIntervention), "Beschrijf welke acute interventie is of wordt genomen.");
            }
            else if (d.AcuteIntervention.Length > MaxAcuteIntervention)
            {
                Error(nameof(d.AcuteIntervention), $"De beschrijving van de interventie is te lang (maximaal {MaxAcuteIntervention} tekens).");
            }
        }

        var subjects = d.Subjects.Where(s => !s.IsEmpty).ToList();
        if (subjects.Count > MaxSubjects)
        {
            Error(nameof(d.Subjects), $"Er kunnen maximaal {MaxSubjects} personen bij één melding.");
        }
        for (var i = 0; i < d.Subjects.Count; i++)
        {
            var s = d.Subjects[i];
            if (s.IsEmpty)
            {
                continue;
            }
            ValidateSubject(s, refs, today, $"{nameof(d.Subjects)}[{i}].", Error);
        }
        return errors;
    }

    /// <summary>Validates one person on its own (enrichment and correction), with messages keyed by field name.</summary>
    public static Dictionary<string, string> ValidateSubject(SubjectDraft subject, ReferenceSnapshot refs, DateOnly today)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        ValidateSubject(subject, refs, today, "", (field, message) => errors.TryAdd(field, message));
        return errors;
    }

    private static void ValidateSubject(SubjectDraft s, ReferenceSnapshot refs, DateOnly today, string p, Action<string, string> error)
    {
        if (!Enum.IsDefined(s.Role))
        {
            error(p + nameof(s.Role), "Kies de rol van deze persoon.");
        }
        foreach (var (value, field, label) in new[]
                 {
                     (s.FullName, nameof(s.FullName), "De naam"), (s.Street, nameof(s.Street), "De straat"),
                     (s.City, nameof(s.City), "De plaats"), (s.Nationality, nameof(s.Nationality), "De nationaliteit"),
                 })
        {
            if (value?.Length > 200)
            {
                error(p + field, $"{label} is te lang (maximaal 200 tekens).");
            }
        }
        if (s.DateOfBirth is { } dob)
        {
            if (dob > today)
            {
                error(p + nameof(s.DateOfBirth), "De geboortedatum ligt in de toekomst.");
            }
            else if (dob < today.AddYears(-120))
            {
                error(p + nameof(s.DateOfBirth), "De geboortedatum ligt meer dan 120 jaar terug.");
            }
        }
        if (!string.IsNullOrEmpty(s.AgeGroup) && !AgeGroups.IsKnown(s.AgeGroup))
        {
            error(p + nameof(s.AgeGroup), "Kies een leeftijdsgroep uit de lijst.");
        }
        if (!string.IsNullOrEmpty(s.Gender) && Genders.All.All(g => g.Code != s.Gender))
        {
            error(p + nameof(s.Gender), "Kies een geslacht uit de lijst.");
        }
        if (!string.IsNullOrWhiteSpace(s.Postcode) && !DutchPostcode().IsMatch(s.Postcode.Trim()))
        {
            error(p + nameof(s.Postcode), "Een Nederlandse postcode bestaat uit 4 cijfers en 2 letters, bijvoorbeeld 8011 AB.");
        }
        if (s.HouseNumber?.Length > 20)
        {
            error(p + nameof(s.HouseNumber), "Het huisnummer is te lang.");
        }
        foreach (var phone in Lines(s.Phones))
        {
            var digits = phone.Count(char.IsAsciiDigit);
            if (digits < 6 || digits > 20 || !PhoneCharacters().IsMatch(phone))
            {
                error(p + nameof(s.Phones), $"'{Trim(phone)}' is geen telefoonnummer. Gebruik cijfers, eventueel met +, spaties of streepjes.");
                break;
            }
        }
        foreach (var mail in Lines(s.Emails))
        {
            if (!MailAddress.TryCreate(mail, out var parsed) || parsed.Address != mail || !mail.Contains('.', StringComparison.Ordinal))
            {
                error(p + nameof(s.Emails), $"'{Trim(mail)}' is geen geldig e-mailadres.");
                break;
            }
        }
        foreach (var (value, field) in new[] { (s.Handles, nameof(s.Handles)), (s.LicensePlates, nameof(s.LicensePlates)), (s.AdLinks, nameof(s.AdLinks)), (s.Phones, nameof(s.Phones)), (s.Emails, nameof(s.Emails)) })
        {
            if (value?.Length > 2000)
            {
                error(p + field, "Dit veld is te lang (maximaal 2000 tekens).");
            }
        }
        foreach (var plate in Lines(s.LicensePlates))
        {
            var compact = new string(plate.Where(char.IsAsciiLetterOrDigit).ToArray());
            if (compact.Length is < 2 or > 10)
            {
                error(p + nameof(s.LicensePlates), $"'{Trim(plate)}' lijkt geen kenteken.");
                break;
            }
        }
        foreach (var (id, field) in new[] { (s.LivesInMunicipalityId, nameof(s.LivesInMunicipalityId)), (s.WorksInMunicipalityId, nameof(s.WorksInMunicipalityId)), (s.FoundInMunicipalityId, nameof(s.FoundInMunicipalityId)) })
        {
            if (id is { } m && refs.Municipalities.All(x => x.Id != m))
            {
                error(p + field, "Deze gemeente is onbekend.");
            }
        }
    }

    /// <summary>Multi-valued fields accept one value per line, or values separated by ';' or ','.</summary>
    public static IEnumerable<string> Lines(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(['\n', '\r', ';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string? NormaliseLines(string? value)
    {
        var lines = Lines(value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    private static string Trim(string value) => value.Length > 40 ? value[..40] + "…" : value;

    [GeneratedRegex(@"^\d{4}\s?[A-Za-z]{2}$")]
    private static partial Regex DutchPostcode();

    [GeneratedRegex(@"^[0-9+()\-.\s/]+$")]
    private static partial Regex PhoneCharacters();
}
