using System.Globalization;
using System.Text.Json;
using Pst.Core.Kernel;
using Pst.Core.Settings;

namespace Pst.Core.Tests.Kernel;

/// <summary>A name the office writes is shown in the reader's language when it has a translation, and in Indonesian otherwise.</summary>
public sealed class LocalizedNameTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    [Fact]
    public void An_English_reader_gets_the_translation_and_an_Indonesian_reader_the_office_wording()
    {
        var name = new LocalizedName("Perpustakaan", "Library");

        Assert.Equal("Library", name.In(English));
        Assert.Equal("Perpustakaan", name.In(Indonesian));
        Assert.Equal("Library", ReaderLanguage.In("en", name.ToString));
    }

    [Fact]
    public void Without_a_translation_every_reader_gets_the_Indonesian() =>
        Assert.Equal("Loket 1", new LocalizedName("Loket 1").In(English));

    [Theory]
    [InlineData("\"E-mail\"", "E-mail", null)]
    [InlineData("""{"id":"Media sosial","en":"Social media"}""", "Media sosial", "Social media")]
    public void Reads_from_a_string_or_an_object_and_writes_back_the_same(string json, string indonesian, string? english)
    {
        var name = JsonSerializer.Deserialize<LocalizedName>(json)!;

        Assert.Equal(new LocalizedName(indonesian, english), name);
        Assert.Equal(json, JsonSerializer.Serialize(name));
    }

    [Fact]
    public void Office_settings_saved_before_translations_existed_still_read()
    {
        const string stored = """{"name":"PST","address":"Semarang","complaintChannels":[{"kind":"email","label":"E-mail","address":"jateng@bps.go.id"},{"kind":"social","label":{"id":"Media sosial","en":"Social media"}}]}""";

        var channels = JsonSerializer.Deserialize<OfficeSettings>(stored, new JsonSerializerOptions(JsonSerializerDefaults.Web))!.ComplaintChannels;

        Assert.Equal(["E-mail", "Social media"], channels.Select(c => c.Label.In(English)));
        Assert.Equal(["E-mail", "Media sosial"], channels.Select(c => c.Label.In(Indonesian)));
    }
}
