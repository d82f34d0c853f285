using System.Globalization;
using Schakel.Core.Signals;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Import;

/// <summary>
/// Turns the rows of a sheet into signals with the mapping: consecutive rows with the same source key are one signal
/// with one person per row; every problem is reported with its row and column. Writes nothing and reads no database.
/// </summary>
public sealed partial class ImportRowParser
{
    private readonly ImportMapping _mapping;
    private readonly ImportCodeBook _book;
    private readonly DateOnly _today;
    private readonly Dictionary<ImportField, ImportColumn> _columns = [];
    private readonly Dictionary<string, int> _seenKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<(ImportCodeList List, string Value), (string Written, int Rows)> _codeRows = [];

    public ImportRowParser(ImportSheet sheet, ImportMapping mapping, ImportCodeBook book, DateOnly today)
    {
        _mapping = mapping;
        _book = book;
        _today = today;
        foreach (var (field, header) in mapping.Columns)
        {
            if (sheet.Column(header) is { } column)
            {
                _columns[field] = column;
            }
            else
            {
                FileMessages.Add($"De kolom '{header}' voor '{ImportFields.Dutch(field)}' staat niet in dit bestand.");
            }
        }
        foreach (var field in ImportFields.Required.Where(f => !_columns.ContainsKey(f)))
        {
            FileMessages.Add($"Kies een kolom voor '{ImportFields.Dutch(field)}': zonder die kolom wordt elke rij geweigerd.");
        }
    }

    public List<string> FileMessages { get; } = [];

    /// <summary>Per code list and source value (normalised): the value as first written and the number of rows it was in.</summary>
    public IReadOnlyDictionary<(ImportCodeList List, string Value), (string Written, int Rows)> CodeRows => _codeRows;

    /// <summary>
    /// Rows (persons) one signal may take. A signal is held whole until its last row, so a file repeating one number
    /// over millions of rows would otherwise grow it without bound; no signal has anywhere near this many persons.
    /// </summary>
    public const int MaxRowsPerSignal = 100;

    public IEnumerable<ParsedSignal> Parse(IEnumerable<ImportRow> rows)
    {
        ParsedSignal? current = null;
        var rowsInSignal = 0;
        foreach (var row in rows)
        {
            var key = KeyOf(row);
            if (current is not null && key is not null && key == current.Key)
            {
                current.LastRow = row.Number;
                if (++rowsInSignal == MaxRowsPerSignal + 1)
                {
                    Problem(current, row, ImportField.SourceKey, $"meer dan {MaxRowsPerSignal} rijen na elkaar hebben dit nummer ('{Shorten(key)}'). Zo veel personen heeft geen melding; geef elke melding een eigen nummer. De melding is geweigerd.");
                }
                if (rowsInSignal <= MaxRowsPerSignal)
                {
                    AddPerson(current, row);
                }
                continue;
            }
            if (current is not null)
            {
                yield return current;
            }
            current = Start(row, key);
            rowsInSignal = 1;
        }
        if (current is not null)
        {
            yield return current;
        }
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private string? KeyOf(ImportRow row) =>
        _columns.TryGetValue(ImportField.SourceKey, out var column) ? ImportValues.Text(row[column.Index]) : $"rij {row.Number}";

    private ParsedSignal Start(ImportRow row, string? key)
    {
        var signal = new ParsedSignal { Key = key ?? $"rij {row.Number}", FirstRow = row.Number, LastRow = row.Number };
        if (OnlyPersonData(row))
        {
            Problem(signal, row, _columns.ContainsKey(ImportField.ReceivedOn) ? ImportField.ReceivedOn : ImportField.Municipality,
                "deze rij heeft alleen gegevens van een persoon (zoals een naam), zonder datum en gemeente: dat is geen melding. Hoort de persoon bij een melding, geef de rij dan hetzelfde nummer in de bron en zet haar direct onder die melding.");
            return signal;
        }
        if (key is null)
        {
            Problem(signal, row, ImportField.SourceKey, "het nummer in de bron ontbreekt.");
        }
        else if (key.Length > 100)
        {
            Problem(signal, row, ImportField.SourceKey, "het nummer in de bron is langer dan 100 tekens.");
        }
        else if (_seenKeys.TryGetValue(key, out var first))
        {
            Problem(signal, row, ImportField.SourceKey, $"nummer '{key}' kwam al voor op rij {first}. Zet de rijen van één melding direct onder elkaar.");
        }
        else
        {
            _seenKeys[key] = row.Number;
        }

        var received = RequiredDate(signal, row, ImportField.ReceivedOn);
        var municipality = Code(signal, row, ImportField.Municipality, ImportCodeList.Municipality, required: true, "is geen gemeente van deze regio.");
        var kindCode = Code(signal, row, ImportField.Kind, ImportCodeList.Kind, required: false, "is geen soort die Schakel kent (melding of adviesvraag).");
        var kind = Enum.TryParse<SignalKind>(kindCode, out var k) ? k : SignalKind.Report;
        var statusCode = Code(signal, row, ImportField.Status, ImportCodeList.Status, required: false, "is geen status of uitkomst die Schakel kent.", refuse: true);
        var forms = new List<string>();
        if (Cell(row, ImportField.Forms) is { } formCell)
        {
            foreach (var value in ImportValues.Split(formCell))
            {
                if (Map(signal, row, ImportField.Forms, ImportCodeList.Form, value, "is geen vorm van uitbuiting die Schakel kent; de vorm wordt leeg gelaten.", refuse: false) is { } form)
                {
                    forms.Add(form);
                }
            }
        }
        var sector = Code(signal, row, ImportField.Sector, ImportCodeList.Sector, required: false, "is geen sector die Schakel kent; de sector wordt leeg gelaten.", refuse: false);
        var melderType = Code(signal, row, ImportField.MelderType, ImportCodeList.MelderType, required: false, "is geen soort melder die Schakel kent; de melder wordt 'Overig'.", refuse: false);
        var closedOn = OptionalDate(signal, row, ImportField.ClosedOn);
        var observedOn = OptionalDate(signal, row, ImportField.ObservedOn);
        var outcome = Limit(signal, row, ImportField.Outcome, 1900);
        var description = Limit(signal, row, ImportField.Description, 8000);
        if (received is { } day && day > _today)
        {
            Problem(signal, row, ImportField.ReceivedOn, $"{DutchTime.FormatDate(day)} ligt in de toekomst.");
        }
        else if (received is { } early && early.Year < 1990)
        {
            Problem(signal, row, ImportField.ReceivedOn, $"{DutchTime.FormatDate(early)} ligt voor 1990; controleer de datum.");
        }

        var status = statusCode switch
        {
            null or ImportCodes.Ignore => kind == SignalKind.AdviceQuestion ? SignalStatus.Answered : SignalStatus.HandledLocally,
            ImportCodes.Open => kind == SignalKind.AdviceQuestion ? SignalStatus.Answered : SignalStatus.HandledLocally,
            _ => Enum.Parse<SignalStatus>(statusCode),
        };
        if (kind == SignalKind.AdviceQuestion)
        {
            status = SignalStatus.Answered;
        }
        else if (status == SignalStatus.Answered)
        {
            status = SignalStatus.HandledLocally;
        }
        if (statusCode == ImportCodes.Open)
        {
            signal.OpenInSource = true;
            Warn(signal, row, ImportField.Status, $"'{Cell(row, ImportField.Status)}' is in de bron nog open. Schakel neemt de melding als afgesloten historie over; pak een lopende zaak op met een nieuwe melding.");
            outcome = string.IsNullOrEmpty(outcome) ? OpenNote : $"{OpenNote} {outcome}";
        }

        if (received is { } receivedOn && municipality is not null && signal.Problems.All(p => p.IsWarning))
        {
            var receivedAt = At(receivedOn);
            var closedAt = closedOn is { } c ? At(c) : receivedAt;
            if (closedAt < receivedAt)
            {
                Warn(signal, row, ImportField.ClosedOn, "de datum afgesloten ligt voor de datum melding; de datum melding is genomen.");
                closedAt = receivedAt;
            }
            signal.Values = new HistoricSignal(kind, melderType is null or ImportCodes.Ignore ? "OVERIG" : melderType, receivedAt, observedOn,
                int.Parse(municipality, CultureInfo.InvariantCulture), sector is ImportCodes.Ignore ? null : sector, description, status,
                string.IsNullOrWhiteSpace(outcome) ? null : outcome, closedAt, forms);
        }
        AddPerson(signal, row);
        return signal;
    }

    private const string OpenNote = "In de bron nog open bij de import; als historie afgesloten.";

    /// <summary>Noon UTC keeps the day the same in every Dutch time zone offset, so the signal counts in its own month.</summary>
    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    private bool OnlyPersonData(ImportRow row) =>
        _columns.Where(c => !ImportFields.IsPersonField(c.Key) && c.Key != ImportField.SourceKey).All(c => string.IsNullOrWhiteSpace(row[c.Value.Index]))
        && _columns.Any(c => ImportFields.IsPersonField(c.Key) && !string.IsNullOrWhiteSpace(row[c.Value.Index]));

    private void AddPerson(ParsedSignal signal, ImportRow row)
    {
        var name = Limit(signal, row, ImportField.SubjectName, 200);
        DateOnly? birth = null;
        if (Cell(row, ImportField.DateOfBirth) is { } dobText)
        {
            if (ImportValues.TryDate(dobText, out var dob) && dob <= _today && dob.Year >= 1900)
            {
                birth = dob;
            }
            else
            {
                Problem(signal, row, ImportField.DateOfBirth, $"'{dobText}' is geen geldige geboortedatum. Schrijf de datum als 31-12-1990 of 1990-12-31.");
            }
        }
        var gender = Code(signal, row, ImportField.Gender, ImportCodeList.Gender, required: false, "is geen geslacht dat Schakel kent; het geslacht wordt leeg gelaten.", refuse: false);
        var role = Code(signal, row, ImportField.SubjectRole, ImportCodeList.Role, required: false, "is geen rol die Schakel kent; de persoon wordt 'mogelijk slachtoffer'.", refuse: false);
        var (street, number) = ImportValues.Address(Cell(row, ImportField.Address));
        var subject = new Subject
        {
            Role = Enum.TryParse<SubjectRole>(role, out var r) ? r : SubjectRole.PossibleVictim,
            FullName = name,
            DateOfBirth = birth,
            // The age group at the time of the signal, as the figures of its own month count it.
            AgeGroup = birth is { } b ? AgeGroups.FromDateOfBirth(b, signal.Values is { } v ? DateOnly.FromDateTime(v.ReceivedAt.UtcDateTime) : _today) : null,
            Gender = gender is ImportCodes.Ignore ? null : gender,
            Nationality = Limit(signal, row, ImportField.Nationality, 200),
            Street = street is { Length: > 200 } ? street[..200] : street,
            HouseNumber = number is { Length: > 20 } ? number[..20] : number,
            Postcode = Cell(row, ImportField.Postcode)?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant() is { Length: <= 10 } pc ? pc : null,
            City = Limit(signal, row, ImportField.City, 200),
            Phones = PhoneLines(Cell(row, ImportField.Phone)),
            Emails = Lines(Cell(row, ImportField.Email)),
            LicensePlates = Lines(Cell(row, ImportField.LicensePlate)?.ToUpperInvariant()),
        };
        if (subject.FullName is not null || subject.DateOfBirth is not null || subject.Phones is not null || subject.Emails is not null
            || subject.Street is not null || subject.LicensePlates is not null || subject.Nationality is not null || subject.Postcode is not null || subject.City is not null)
        {
            signal.Subjects.Add(subject);
        }
    }
}
