using System.Text.Json;
using System.Text.Json.Serialization;
using Pst.Core.Kernel;

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

    /// <summary>Who signs for the office as the first party of a data-use agreement; null when not set.</summary>
    public OfficeSignatory? Signatory { get; init; }

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

/// <summary>
/// The official who signs for the office: the position always, the name and NIP (the civil servant's 18-digit number)
/// when the office has set them; without them the paper leaves room to write them by hand.
/// </summary>
public sealed record OfficeSignatory(string Position, string? Name, string? Nip);

/// <summary>One way to complain (box at the desk, website, e-mail, WhatsApp, social media, LAPOR!), named in the office's words.</summary>
public sealed record ComplaintChannel(string Kind, LocalizedName Label, string? Address);
