using System.Text.Json;

namespace Pst.Ordering.Abstracts;

/// <summary>
/// The data-use abstract (abstraksi penggunaan data) a customer writes online for microdata and maps: what the data
/// are for, which data, areas and variables and why, how they will be analysed, what will come of it and where it
/// will be published, and the promise not to pass records on. The officer compares it with the data asked for
/// (DOMAIN.md section 3.3 gives the fields; no official template exists).
/// </summary>
internal sealed record DataUseAbstract(
    string Title,
    string Purpose,
    string Datasets,
    string Areas,
    string Variables,
    string Method,
    string Outputs,
    string Publication,
    bool NoRedistribution)
{
    /// <summary>The fields in the order the form and the PDF show them, with their longest allowed length.</summary>
    public static IReadOnlyList<(string Field, int MaxLength)> TextFields { get; } =
    [
        (nameof(Title), 300),
        (nameof(Purpose), 3000),
        (nameof(Datasets), 2000),
        (nameof(Areas), 2000),
        (nameof(Variables), 6000),
        (nameof(Method), 3000),
        (nameof(Outputs), 3000),
        (nameof(Publication), 2000),
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Text(string field) => field switch
    {
        nameof(Title) => Title,
        nameof(Purpose) => Purpose,
        nameof(Datasets) => Datasets,
        nameof(Areas) => Areas,
        nameof(Variables) => Variables,
        nameof(Method) => Method,
        nameof(Outputs) => Outputs,
        nameof(Publication) => Publication,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a field of the abstract."),
    };

    /// <summary>
    /// Every fault, keyed by field, as localisation keys: each text field is required and bounded, and the statement
    /// must be made. Texts are compared trimmed.
    /// </summary>
    public IReadOnlyList<(string Field, string Message, object[] Arguments)> Validate()
    {
        var faults = new List<(string, string, object[])>();
        foreach (var (field, maxLength) in TextFields)
        {
            var text = Text(field)?.Trim() ?? "";
            if (text.Length == 0)
            {
                faults.Add((field, "Abstract.Required", []));
            }
            else if (text.Length > maxLength)
            {
                faults.Add((field, "Abstract.TooLong", [maxLength]));
            }
        }

        if (!NoRedistribution)
        {
            faults.Add((nameof(NoRedistribution), "Abstract.StatementRequired", []));
        }

        return faults;
    }

    /// <summary>The abstract with its texts trimmed and line endings made plain.</summary>
    public DataUseAbstract Normalised() => new(
        Clean(Title), Clean(Purpose), Clean(Datasets), Clean(Areas), Clean(Variables), Clean(Method), Clean(Outputs), Clean(Publication), NoRedistribution);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DataUseAbstract? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize<DataUseAbstract>(json, Json);

    private static string Clean(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
