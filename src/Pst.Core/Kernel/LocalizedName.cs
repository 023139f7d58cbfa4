using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pst.Core.Kernel;

/// <summary>
/// A name the office writes (a tariff item, a walk-in service, a complaint channel): in Indonesian always, and in
/// English when the office has given a translation. Shown in the reader's language, falling back to Indonesian.
/// A recipe or setting writes it as a plain string (Indonesian only) or as <c>{ "id": "…", "en": "…" }</c>.
/// </summary>
[JsonConverter(typeof(LocalizedNameJsonConverter))]
public sealed record LocalizedName(string Indonesian, string? English = null)
{
    public static implicit operator LocalizedName(string indonesian) => new(indonesian);

    /// <summary>The name in <paramref name="culture"/>'s language: English for an English culture when there is one, else Indonesian.</summary>
    public string In(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" && !string.IsNullOrWhiteSpace(English) ? English : Indonesian;

    /// <summary>The name in the current UI language (what a page shows).</summary>
    public override string ToString() => In(CultureInfo.CurrentUICulture);
}

/// <summary>Reads a <see cref="LocalizedName"/> from a string or an <c>{ "id", "en" }</c> object; writes the string form when there is no English.</summary>
public sealed class LocalizedNameJsonConverter : JsonConverter<LocalizedName>
{
    public override LocalizedName? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new LocalizedName(reader.GetString()!);
        }

        using var document = JsonDocument.ParseValue(ref reader);
        return Read(document.RootElement) ?? throw new JsonException("Expected a text value or an object with \"id\" and \"en\".");
    }

    public override void Write(Utf8JsonWriter writer, LocalizedName value, JsonSerializerOptions options)
    {
        if (value.English is null)
        {
            writer.WriteStringValue(value.Indonesian);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("id", value.Indonesian);
        writer.WriteString("en", value.English);
        writer.WriteEndObject();
    }

    /// <summary>The name an element holds (already validated as one), or null when it holds none.</summary>
    public static LocalizedName? Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => new LocalizedName(element.GetString()!),
        JsonValueKind.Object when element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String =>
            new LocalizedName(id.GetString()!, element.TryGetProperty("en", out var en) && en.ValueKind == JsonValueKind.String ? en.GetString() : null),
        _ => null,
    };
}
