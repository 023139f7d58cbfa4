using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pst.Core.Settings;

/// <summary>The office's identity and contacts, stored under the setting key <see cref="Key"/>.</summary>
public sealed record OfficeSettings
{
    public const string Key = "office";

    public string Name { get; init; } = "";

    public string Address { get; init; } = "";

    public IReadOnlyList<string> Phones { get; init; } = [];

    public string? Fax { get; init; }

    public string? Email { get; init; }

    public string? Website { get; init; }

    public IReadOnlyList<ComplaintChannel> ComplaintChannels { get; init; } = [];

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<OfficeSettings> LoadAsync(ISiteSettings settings, CancellationToken cancellationToken = default)
    {
        var node = await settings.GetAsync(Key, cancellationToken);
        return node?.Deserialize<OfficeSettings>(Json) ?? new OfficeSettings();
    }
}

/// <summary>One way to complain (box at the desk, website, e-mail, WhatsApp, social media, LAPOR!).</summary>
public sealed record ComplaintChannel(string Kind, string Label, string? Address);
