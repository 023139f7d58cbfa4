using System.Text;

namespace Pst.Products.Microdata.Extraction;

/// <summary>
/// Writes CSV as the extracts document it: UTF-8 without a byte-order mark, comma separated, a header record,
/// '\n' line ends, a field quoted only when it holds a comma, quote or line break (quotes doubled).
/// </summary>
public sealed class CsvRecordWriter(Stream target) : IDisposable
{
    private readonly StreamWriter _writer = new(target, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };

    public void Write(IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                _writer.Write(field);
            }
            else
            {
                _writer.Write('"');
                _writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                _writer.Write('"');
            }
        }

        _writer.Write('\n');
    }

    public void Flush() => _writer.Flush();

    public void Dispose() => _writer.Dispose();
}
