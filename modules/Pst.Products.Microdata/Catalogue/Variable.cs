namespace Pst.Products.Microdata.Catalogue;

/// <summary>How a variable's values are kept: numbers (with a number of decimals) or text.</summary>
public enum VariableType
{
    Numeric,
    Text,
}

/// <summary>
/// What a variable is for in an extract. Identifying, area and weight variables go into every extract: records
/// cannot be linked, located or weighted without them.
/// </summary>
public enum VariableRole
{
    Regular,
    Identifier,
    Area,
    Weight,
}

/// <summary>One entry of a dataset's data dictionary (kamus data).</summary>
public sealed class Variable
{
    private Variable()
    {
    }

    public Variable(string datasetCode, int position, string name, string label, VariableType type, int decimals, VariableRole role, string? section, string? question, string? universe, IReadOnlyDictionary<string, string> valueLabels)
    {
        DatasetCode = datasetCode;
        Position = position;
        Name = name;
        Label = label;
        Type = type;
        Decimals = decimals;
        Role = role;
        Section = section;
        Question = question;
        Universe = universe;
        ValueLabelsJson = System.Text.Json.JsonSerializer.Serialize(valueLabels);
    }

    public string DatasetCode { get; private set; } = "";

    /// <summary>1, 2, 3 … in the order of the questionnaire and of the extract's columns.</summary>
    public int Position { get; private set; }

    /// <summary>The column name in the data file (R101, R102, …).</summary>
    public string Name { get; private set; } = "";

    public string Label { get; private set; } = "";

    public VariableType Type { get; private set; }

    public int Decimals { get; private set; }

    public VariableRole Role { get; private set; }

    /// <summary>The questionnaire block it belongs to ("Blok I. Keterangan Tempat").</summary>
    public string? Section { get; private set; }

    /// <summary>The question the value answers.</summary>
    public string? Question { get; private set; }

    /// <summary>Who answers it ("Semua rumah tangga", "ART umur 5 tahun ke atas").</summary>
    public string? Universe { get; private set; }

    /// <summary>The value labels as stored (JSON object, in the dictionary's order).</summary>
    public string ValueLabelsJson { get; private set; } = "{}";

    private IReadOnlyDictionary<string, string>? _valueLabels;

    /// <summary>Code → label ("1" → "Perkotaan"), in the dictionary's order.</summary>
    public IReadOnlyDictionary<string, string> ValueLabels =>
        _valueLabels ??= System.Text.Json.JsonSerializer.Deserialize<List<KeyValuePair<string, string>>>(ToPairs(ValueLabelsJson))!
            .ToDictionary(p => p.Key, p => p.Value);

    /// <summary>An object's properties as a list of pairs, keeping their order.</summary>
    private static string ToPairs(string json) =>
        System.Text.Json.JsonSerializer.Serialize(System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject()
            .Select(p => new KeyValuePair<string, string>(p.Key, p.Value!.GetValue<string>())));

    /// <summary>Always part of an extract (identifying, area and weight variables).</summary>
    public bool AlwaysIncluded => Role != VariableRole.Regular;
}
