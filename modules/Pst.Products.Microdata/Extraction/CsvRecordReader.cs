using System.Text;

namespace Pst.Products.Microdata.Extraction;

/// <summary>
/// Reads a CSV file (RFC 4180: comma separated, fields quoted with '"' when they hold a comma, quote or line break)
/// one record at a time from a stream, so a file of any size is read in bounded memory. The header is the first
/// record. Records are returned in one reused array.
/// </summary>
public sealed class CsvRecordReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];
    private int _length;
    private int _position;
    private string[] _record = [];

    public CsvRecordReader(Stream source)
    {
        _reader = new StreamReader(source, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        Header = Read() ? _record.ToArray() : [];
    }

    public IReadOnlyList<string> Header { get; }

    /// <summary>The record read last: one value per header column.</summary>
    public string[] Record => _record;

    /// <summary>1 for the first record after the header.</summary>
    public long RecordNumber { get; private set; }

    /// <summary>Reads the next record; false at the end of the file. A record with another number of fields than the header is refused.</summary>
    public bool ReadRecord()
    {
        if (!Read())
        {
            return false;
        }

        RecordNumber++;
        if (_record.Length != Header.Count)
        {
            throw new InvalidDataException($"Record {RecordNumber} has {_record.Length} fields; the header has {Header.Count}.");
        }

        return true;
    }

    private bool Read()
    {
        _fields.Clear();
        _field.Clear();
        var quoted = false;
        var inQuotes = false;
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = _reader.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    if (!any)
                    {
                        return false;
                    }

                    EndField();
                    EndRecord();
                    return true;
                }
            }

            var c = _buffer[_position++];
            any = true;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        _position++;
                        _field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    _field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when _field.Length == 0 && !quoted:
                    inQuotes = quoted = true;
                    break;
                case ',':
                    EndField();
                    quoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndField();
                    EndRecord();
                    return true;
                default:
                    _field.Append(c);
                    break;
            }
        }
    }

    /// <summary>The next character, reading on when the buffer is used up; -1 at the end.</summary>
    private int Peek()
    {
        if (_position == _length)
        {
            _length = _reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            if (_length == 0)
            {
                return -1;
            }
        }

        return _buffer[_position];
    }

    private void EndField()
    {
        _fields.Add(_field.ToString());
        _field.Clear();
    }

    private void EndRecord()
    {
        if (_record.Length != _fields.Count)
        {
            _record = new string[_fields.Count];
        }

        _fields.CopyTo(_record);
    }

    public void Dispose() => _reader.Dispose();
}
