using System.Text;

namespace Schakel.Cli.Linking;

/// <summary>
/// A small RFC 4180 reader that knows the physical line number of each record, so that every rejected
/// row can be reported as "regel N". Quoted fields may contain commas, doubled quotes and line breaks.
/// </summary>
internal sealed class CsvRowReader
{
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _field = new();
    private int _pos;
    private int _len;
    private int _line = 1;

    public CsvRowReader(TextReader reader) => _reader = reader;

    /// <summary>Line on which the last returned record started (1-based).</summary>
    public int RecordLine { get; private set; }

    /// <summary>Reads the next record into <paramref name="fields"/>; false at end of input.</summary>
    /// <param name="unterminatedQuote">Set when the input ended inside a quoted field.</param>
    public bool TryRead(List<string> fields, out bool unterminatedQuote)
    {
        fields.Clear();
        unterminatedQuote = false;
        RecordLine = _line;
        if (!Fill())
        {
            return false;
        }
        _field.Clear();
        var inQuotes = false;
        var quotedField = false;
        while (true)
        {
            if (_pos == _len && !Fill())
            {
                unterminatedQuote = inQuotes;
                fields.Add(_field.ToString());
                return true;
            }
            var c = _buffer[_pos++];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        _pos++;
                        _field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        _line++;
                    }
                    _field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case ',':
                    fields.Add(_field.ToString());
                    _field.Clear();
                    quotedField = false;
                    break;
                case '\r':
                    if (Peek() == '\n')
                    {
                        _pos++;
                    }
                    _line++;
                    fields.Add(_field.ToString());
                    return true;
                case '\n':
                    _line++;
                    fields.Add(_field.ToString());
                    return true;
                case '"' when _field.Length == 0 && !quotedField:
                    inQuotes = true;
                    quotedField = true;
                    break;
                default:
                    _field.Append(c);
                    break;
            }
        }
    }

    private int Peek()
    {
        if (_pos == _len && !Fill())
        {
            return -1;
        }
        return _buffer[_pos];
    }

    private bool Fill()
    {
        if (_pos < _len)
        {
            return true;
        }
        _len = _reader.Read(_buffer, 0, _buffer.Length);
        _pos = 0;
        return _len > 0;
    }
}
