using System.Text.Json;
using Pst.Core.Recipes;
using Pst.Core.Settings;

namespace Pst.Core.Tests.Settings;

/// <summary>The office's settings as a recipe writes them: the agreements' signatory needs a position and, when given, an 18-digit NIP.</summary>
public sealed class OfficeSettingDefinitionTests
{
    private static IReadOnlyList<RecipeError> Validate(string json)
    {
        var errors = new List<RecipeError>();
        new OfficeSettingDefinition().Validate(JsonDocument.Parse(json).RootElement, "$.settings.office", new RecipeStepValidation("r.json", 1, "$", errors));
        return errors;
    }

    [Fact]
    public void A_signatory_with_position_name_and_nip_is_accepted_and_read_back()
    {
        const string json = """{"name":"PST","address":"Semarang","signatory":{"position":"Kepala BPS Provinsi Jawa Tengah","name":"Sri Handayani","nip":"19700101 199503 2 001"}}""";
        Assert.Empty(Validate(json));
        Assert.Equal(new OfficeSignatory("Kepala BPS Provinsi Jawa Tengah", "Sri Handayani", "19700101 199503 2 001"), JsonSerializer.Deserialize<OfficeSettings>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!.Signatory);
    }

    [Theory]
    [InlineData("""{"name":"Sri"}""", "$.settings.office.signatory.position")]
    [InlineData("""{"position":"Kepala","nip":"1970"}""", "$.settings.office.signatory.nip")]
    [InlineData("""{"position":"Kepala","title":"Dr."}""", "$.settings.office.signatory.title")]
    [InlineData("\"Kepala\"", "$.settings.office.signatory")]
    public void A_signatory_without_position_or_with_a_bad_nip_is_refused_where_it_is(string signatory, string path)
    {
        var errors = Validate($$"""{"name":"PST","address":"Semarang","signatory":{{signatory}}}""");
        Assert.Contains(errors, e => e.Path == path);
    }
}
