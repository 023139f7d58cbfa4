using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Files;
using Pst.Core.Recipes;
using Pst.Products.Microdata.Catalogue;
using Pst.Products.Microdata.Synthetic;

namespace Pst.Products.Microdata.Tests;

/// <summary>The <c>microdata</c> recipe step on a real database and file store: datasets, dictionaries, free files, faults with their paths.</summary>
public sealed class MicrodataRecipeTests : IAsyncLifetime
{
    private MicrodataSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await MicrodataSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task The_demo_dataset_becomes_a_catalogue_item_with_its_dictionary_free_files_and_measured_data()
    {
        await _site.ApplyDemoAsync();

        var item = await _site.ItemAsync();
        Assert.NotNull(item);
        Assert.Equal(MicrodataProductType.TypeId, item.ProductTypeId);
        var facts = DatasetFacts.Of(item);
        Assert.Equal(("Maret 2025", "household", "regency", "R101", "R102"), (facts.Period, facts.RecordUnit, facts.LowestLevel, facts.ProvinceVariable, facts.RegencyVariable));
        Assert.Equal(MicrodataSite.Records, facts.RecordCount);
        var dataFile = Directory.GetFiles(_site.DataDirectory, "*.csv").Single();
        Assert.Equal(new FileInfo(dataFile).Length, facts.SizeBytes);
        Assert.Equal(MicrodataSite.Records, facts.Profile!.RecordsByRegency.Values.Sum());
        Assert.All(facts.Profile.RecordsByRegency.Keys, code => Assert.Contains(JawaTengahRegencies.All, r => r.Code == code));

        var dictionary = await _site.Services.InScopeAsync(sp => sp.GetRequiredService<DictionaryStore>().LoadAsync(MicrodataSite.DatasetCode));
        Assert.Equal(SyntheticHouseholdSurvey.Columns, dictionary.Variables.Select(v => v.Name));
        Assert.Equal(39, dictionary.Variables.Count);
        Assert.Equal(35, dictionary.Find("R102")!.ValueLabels.Count);
        Assert.Equal("Kota Semarang", dictionary.Find("R102")!.ValueLabels["74"]);
        Assert.Equal(["R101", "R102", "URUT", "FWT"], dictionary.Variables.Where(v => v.AlwaysIncluded).Select(v => v.Name));
        Assert.Equal(["R105"], dictionary.Search("klasifikasi DESA").Select(v => v.Name));
        Assert.Equal(["EXP_MAKAN", "EXP_NONMAKAN", "EXP_CAP"], dictionary.Search("pengeluaran").Select(v => v.Name));
        Assert.Equal(19, dictionary.Search("r18").Count);

        var files = _site.Services.GetRequiredService<IFileStore>();
        await using (var questionnaire = await files.OpenAsync(item.GetFileId("questionnaire")!))
        {
            Assert.NotNull(questionnaire);
        }

        Assert.Equal("text/csv", item.Attributes["publicSample"]!["contentType"]!.GetValue<string>());
    }

    [Fact]
    public async Task Applying_the_recipe_again_changes_nothing()
    {
        await _site.ApplyDemoAsync();
        var first = await _site.ItemAsync();
        await _site.ApplyDemoAsync();
        var second = await _site.ItemAsync();

        Assert.True(JsonNode.DeepEquals(first!.Attributes, second!.Attributes));
        Assert.Single(Directory.GetFiles(_site.DataDirectory, "*.csv"));
    }

    [Theory]
    [InlineData("variables[3].type", "\"date\"", "$.steps[0].datasets[0]:$.variables[3].type")]
    [InlineData("variables[0].name", "\"1R\"", "$.steps[0].datasets[0]:$.variables[0].name")]
    [InlineData("variables[2].name", "\"R101\"", "$.steps[0].datasets[0]:$.variables[2].name")]
    [InlineData("recordUnit", "\"village\"", "$.steps[0].datasets[0]:$.recordUnit")]
    [InlineData("regencyVariable", "\"R105\"", "$.steps[0].datasets[0]:$.regencyVariable")]
    [InlineData("synthetic.records", "0", "$.steps[0].datasets[0]:$.synthetic.records")]
    [InlineData("questionnaire", "\"files/microdata/contoh-publik-susenas-kor-rt-2025-03.csv\"", "$.steps[0].datasets[0]:$.questionnaire")]
    [InlineData("colour", "\"red\"", "$.steps[0].datasets[0]:$.colour")]
    [InlineData("tabulation", "5", "$.steps[0].datasets[0]:$.tabulation")]
    public async Task A_faulty_dataset_file_is_refused_at_its_path_inside_the_file_and_nothing_is_written(string property, string value, string path)
    {
        var file = MicrodataSite.DatasetFile(_site);
        var dataset = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
        Set(dataset, property, JsonNode.Parse(value));
        await File.WriteAllTextAsync(file, dataset.ToJsonString());

        var refused = await Assert.ThrowsAsync<RecipeRejectedException>(() => _site.ApplyDemoAsync());

        Assert.Contains(refused.Errors, e => e.Path == path);
        Assert.Null(await _site.ItemAsync());
        Assert.True((await _site.Services.InScopeAsync(sp => sp.GetRequiredService<DictionaryStore>().LoadAsync(MicrodataSite.DatasetCode))).IsEmpty);
    }

    [Fact]
    public async Task A_dataset_file_that_is_missing_or_not_json_is_refused_at_its_entry()
    {
        var missing = await Assert.ThrowsAsync<RecipeRejectedException>(() => _site.ApplyAsync("files/microdata/none.json"));
        Assert.Contains(missing.Errors, e => e.Path == "$.steps[0].datasets[0]");

        await File.WriteAllTextAsync(Path.Combine(_site.RecipeFolder, "files", "broken.json"), "{ \"code\": ");
        var broken = await Assert.ThrowsAsync<RecipeRejectedException>(() => _site.ApplyAsync("files/broken.json"));
        Assert.Contains(broken.Errors, e => e.Path == "$.steps[0].datasets[0]:$");
    }

    /// <summary>Sets a property at a dotted path whose steps may index arrays ("variables[3].type", "synthetic.records").</summary>
    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var node = root;
        var parts = path.Split('.');
        foreach (var part in parts[..^1])
        {
            node = Step(node, part);
        }

        node[parts[^1]] = value;
    }

    private static JsonNode Step(JsonNode node, string part)
    {
        if (!part.Contains('['))
        {
            return node[part]!;
        }

        var name = part[..part.IndexOf('[')];
        var index = int.Parse(part[(part.IndexOf('[') + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
        return node[name]![index]!;
    }
}
