using System.Globalization;
using ParquetSharp;
using Pst.Products.Microdata.Catalogue;

namespace Pst.Products.Microdata.Extraction;

/// <summary>
/// Writes an extract as Apache Parquet (ParquetSharp): typed columns (whole numbers as INT64, numbers with decimals
/// as DOUBLE, text as UTF-8 strings; an empty field is a null), each variable's label and value labels in the file's
/// key-value metadata. Records are written in row groups, so memory stays bounded by one group.
/// </summary>
public static class ParquetExtract
{
    public const int RowGroupSize = 65_536;

    /// <summary>The metadata key of a variable's label ("label.R105").</summary>
    public static string LabelKey(string variable) => "label." + variable;

    /// <summary>The metadata key of a variable's value labels ("values.R105" → "1=Perkotaan; 2=Perdesaan").</summary>
    public static string ValuesKey(string variable) => "values." + variable;

    public static void Write(IEnumerable<string[]> records, DatasetSelection selection, string path, IReadOnlyDictionary<string, string> metadata)
    {
        var variables = selection.Variables;
        var keyValues = new Dictionary<string, string>(metadata);
        foreach (var v in variables)
        {
            keyValues[LabelKey(v.Name)] = v.Label;
            if (v.ValueLabels.Count > 0)
            {
                keyValues[ValuesKey(v.Name)] = DictionaryFile.ValueLabelsText(v);
            }
        }

        var columns = variables.Select(ColumnOf).ToArray();
        using var file = new ParquetFileWriter(path, columns, Compression.Snappy, keyValueMetadata: keyValues);
        var buffers = variables.Select(v => new ColumnBuffer(v)).ToArray();
        var count = 0;
        var groups = 0;
        foreach (var record in records)
        {
            for (var i = 0; i < buffers.Length; i++)
            {
                buffers[i].Set(count, record[i]);
            }

            if (++count == RowGroupSize)
            {
                WriteGroup(file, buffers, count);
                groups++;
                count = 0;
            }
        }

        if (count > 0 || groups == 0)
        {
            WriteGroup(file, buffers, count);
        }

        file.Close();
    }

    private static Column ColumnOf(Variable v) => Kind(v) switch
    {
        ValueKind.Whole => new Column<long?>(v.Name),
        ValueKind.Real => new Column<double?>(v.Name),
        _ => new Column<string>(v.Name),
    };

    private static void WriteGroup(ParquetFileWriter file, ColumnBuffer[] buffers, int count)
    {
        using var group = file.AppendRowGroup();
        foreach (var buffer in buffers)
        {
            buffer.WriteTo(group, count);
        }
    }

    private enum ValueKind
    {
        Whole,
        Real,
        Text,
    }

    private static ValueKind Kind(Variable v) =>
        v.Type == VariableType.Text ? ValueKind.Text : v.Decimals == 0 ? ValueKind.Whole : ValueKind.Real;

    /// <summary>One column's values of the row group being filled.</summary>
    private sealed class ColumnBuffer(Variable variable)
    {
        private readonly ValueKind _kind = Kind(variable);
        private readonly long?[] _whole = Kind(variable) == ValueKind.Whole ? new long?[RowGroupSize] : [];
        private readonly double?[] _real = Kind(variable) == ValueKind.Real ? new double?[RowGroupSize] : [];
        private readonly string[] _text = Kind(variable) == ValueKind.Text ? new string[RowGroupSize] : [];

        public void Set(int index, string value)
        {
            switch (_kind)
            {
                case ValueKind.Whole:
                    _whole[index] = value.Length == 0 ? null : long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : throw Invalid(value);
                    break;
                case ValueKind.Real:
                    _real[index] = value.Length == 0 ? null : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : throw Invalid(value);
                    break;
                default:
                    _text[index] = value;
                    break;
            }
        }

        public void WriteTo(RowGroupWriter group, int count)
        {
            using var column = group.NextColumn();
            switch (_kind)
            {
                case ValueKind.Whole:
                    using (var writer = column.LogicalWriter<long?>())
                    {
                        writer.WriteBatch(_whole, 0, count);
                    }

                    break;
                case ValueKind.Real:
                    using (var writer = column.LogicalWriter<double?>())
                    {
                        writer.WriteBatch(_real, 0, count);
                    }

                    break;
                default:
                    using (var writer = column.LogicalWriter<string>())
                    {
                        writer.WriteBatch(_text, 0, count);
                    }

                    break;
            }
        }

        private InvalidDataException Invalid(string value) =>
            new($"The value '{value}' of the numeric variable {variable.Name} is not a number.");
    }
}
