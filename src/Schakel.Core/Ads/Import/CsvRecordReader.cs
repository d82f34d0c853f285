using System.Runtime.CompilerServices;
namespace Schakel.Core.Ads;

/// <summary>
/// RFC 4180 reader that keeps going after a bad record. Analysts' collections are scraped and edited by
/// hand, so one stray quote must cost one record, not the file: after an error the reader skips the rest
/// of that line, and after a quote that is never closed (which would swallow the rest of the file) it
/// restarts on the line after the record's first line. Quoted fields may hold commas, quotes ("") and
/// line breaks; spaces around a quoted field are tolerated. A quote inside an unquoted field, or text
/// after a closing quote, is an error, because guessing where such a field ends can shift every
/// following column.
/// </summary>
public sealed class CsvRecordReader
{
    private static readonly System.Buffers.SearchValues<char> UnquotedStops = System.Buffers.SearchValues.Create(",\r\n\"");

    private const string Unterminated = "aanhalingsteken wordt niet afgesloten";

    private readonly string _text;
    private int _pos;
    private int _line = 1;

    public CsvRecordReader(string text)
    {
        _text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    public IEnumerable<CsvRecord> ReadAll()
    {
        while (_pos < _text.Length)
        {
            if (_text[_pos] is '\r' or '\n')
            {
                SkipLineBreak();
                continue;
            }
            yield return ReadRecord();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CsvRecord ReadRecord()
    {
        var startLine = _line;
        var startPos = _pos;
        var fields = new List<string>();
        while (true)
        {
            string? error;
            SkipSpacesBeforeQuote();
            if (_pos < _text.Length && _text[_pos] == '"')
            {
                error = ReadQuoted(fields);
            }
            else
            {
                error = ReadUnquoted(fields);
            }
            if (error is not null)
            {
                if (error == Unterminated)
                {
                    // The quote may have swallowed the rest of the file; restart right after the record's first line.
                    RestartAfter(startPos, startLine);
                }
                else
                {
                    SkipRestOfLine();
                }
                return new CsvRecord(startLine, fields, error);
            }
            if (_pos >= _text.Length)
            {
                return new CsvRecord(startLine, fields, null);
            }
            var c = _text[_pos];
            if (c == ',')
            {
                _pos++;
                continue;
            }
            SkipLineBreak();
            return new CsvRecord(startLine, fields, null);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? ReadUnquoted(List<string> fields)
    {
        var rest = _text.AsSpan(_pos);
        var stop = rest.IndexOfAny(UnquotedStops);
        var length = stop < 0 ? rest.Length : stop;
        if (stop >= 0 && rest[stop] == '"')
        {
            return "aanhalingsteken midden in een veld zonder aanhalingstekens";
        }
        fields.Add(_text.Substring(_pos, length));
        _pos += length;
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? ReadQuoted(List<string> fields)
    {
        var sb = new System.Text.StringBuilder();
        var i = _pos + 1;
        while (true)
        {
            var quote = _text.IndexOf('"', i);
            if (quote < 0)
            {
                return Unterminated;
            }
            sb.Append(_text, i, quote - i);
            if (quote + 1 < _text.Length && _text[quote + 1] == '"')
            {
                sb.Append('"');
                i = quote + 2;
                continue;
            }
            var value = sb.ToString();
            _line += CountLineBreaks(_text.AsSpan(_pos, quote - _pos));
            _pos = quote + 1;
            while (_pos < _text.Length && _text[_pos] is ' ' or '\t')
            {
                _pos++;
            }
            if (_pos < _text.Length && _text[_pos] is not (',' or '\r' or '\n'))
            {
                return "tekst na een afsluitend aanhalingsteken";
            }
            fields.Add(value);
            return null;
        }
    }

    /// <summary>
    /// Hand-edited files often have "a, "b"": spaces before an opening quote (and after a closing one) are
    /// layout, not content, and tolerating them loses nothing. Spaces in unquoted fields are kept.
    /// </summary>
    private void SkipSpacesBeforeQuote()
    {
        var p = _pos;
        while (p < _text.Length && _text[p] is ' ' or '\t')
        {
            p++;
        }
        if (p < _text.Length && _text[p] == '"')
        {
            _pos = p;
        }
    }

    private void RestartAfter(int startPos, int startLine)
    {
        var next = _text.IndexOf('\n', startPos);
        _pos = next < 0 ? _text.Length : next + 1;
        _line = startLine + 1;
    }

    private void SkipRestOfLine()
    {
        var next = _text.IndexOf('\n', _pos);
        _pos = next < 0 ? _text.Length : next + 1;
        _line++;
    }

    private void SkipLineBreak()
    {
        if (_text[_pos] == '\r' && _pos + 1 < _text.Length && _text[_pos + 1] == '\n')
        {
            _pos++;
        }
        _pos++;
        _line++;
    }

    // \r\n counts once; a lone \r (old Mac files) counts as a break too.
    private static int CountLineBreaks(ReadOnlySpan<char> span)
    {
        var count = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == '\n' || (span[i] == '\r' && (i + 1 >= span.Length || span[i + 1] != '\n')))
            {
                count++;
            }
        }
        return count;
    }
}
