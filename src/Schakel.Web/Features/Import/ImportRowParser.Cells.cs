using System.Globalization;
using Schakel.Core.Signals;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Import;

/// <summary>Reading one field of a row: its text, dates and codes, each problem tied to the row and column.</summary>
public sealed partial class ImportRowParser
{
    private static string? Lines(string? text)
    {
        var lines = string.Join("\n", ImportValues.Split(text).Distinct());
        return lines.Length == 0 ? null : lines.Length > 2000 ? lines[..2000] : lines;
    }

    private string? Cell(ImportRow row, ImportField field) =>
        _columns.TryGetValue(field, out var column) ? ImportValues.Text(row[column.Index]) : null;

    private string? Limit(ParsedSignal signal, ImportRow row, ImportField field, int max)
    {
        var text = Cell(row, field);
        if (text is { } t && t.Length > max)
        {
            Warn(signal, row, field, $"de tekst is langer dan {max} tekens en is ingekort.");
            return t[..max];
        }
        return text;
    }

    private DateOnly? RequiredDate(ParsedSignal signal, ImportRow row, ImportField field)
    {
        var text = Cell(row, field);
        if (text is null)
        {
            Problem(signal, row, field, $"{ImportFields.Dutch(field)} ontbreekt.");
            return null;
        }
        if (!ImportValues.TryDate(text, out var date))
        {
            Problem(signal, row, field, $"'{text}' is geen datum. Schrijf de datum als 31-12-2019 of 2019-12-31.");
            return null;
        }
        return date;
    }

    private DateOnly? OptionalDate(ParsedSignal signal, ImportRow row, ImportField field)
    {
        var text = Cell(row, field);
        if (text is null)
        {
            return null;
        }
        if (ImportValues.TryDate(text, out var date))
        {
            return date;
        }
        Problem(signal, row, field, $"'{text}' is geen datum. Schrijf de datum als 31-12-2019 of 2019-12-31.");
        return null;
    }

    private string? Code(ParsedSignal signal, ImportRow row, ImportField field, ImportCodeList list, bool required, string unknown, bool refuse = true)
    {
        var text = Cell(row, field);
        if (text is null)
        {
            if (required)
            {
                Problem(signal, row, field, $"{ImportFields.Dutch(field)} ontbreekt.");
            }
            return null;
        }
        return Map(signal, row, field, list, text, unknown, refuse);
    }

    private string? Map(ParsedSignal signal, ImportRow row, ImportField field, ImportCodeList list, string value, string unknown, bool refuse)
    {
        var tally = (list, ImportCodes.Normalise(value));
        _codeRows[tally] = _codeRows.TryGetValue(tally, out var seen) ? (seen.Written, seen.Rows + 1) : (value.Trim(), 1);
        var code = _mapping.CodeFor(list, value) ?? _book.Automatic(list, value);
        if (code is not null)
        {
            return code;
        }
        var message = $"'{value}' {unknown}";
        if (_book.Suggest(list, value) is { } suggestion)
        {
            message += $" Bedoelt u '{_book.Label(list, suggestion)}'? Kies dat bij de codes.";
        }
        if (refuse)
        {
            Problem(signal, row, field, message);
        }
        else
        {
            Warn(signal, row, field, message);
        }
        return null;
    }

    private void Problem(ParsedSignal signal, ImportRow row, ImportField field, string message) => signal.Problems.Add(At(row, field, message, warning: false));

    private void Warn(ParsedSignal signal, ImportRow row, ImportField field, string message) => signal.Problems.Add(At(row, field, message, warning: true));

    private ImportProblem At(ImportRow row, ImportField field, string message, bool warning) =>
        _columns.TryGetValue(field, out var column)
            ? new ImportProblem(row.Number, column.Letter, column.Header, message, warning)
            : new ImportProblem(row.Number, null, null, message, warning);
}
