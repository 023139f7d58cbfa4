using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pst.Core.Files;
using Pst.Core.Modules;
using Pst.Core.Products;
using Pst.Core.Recipes;
using Pst.Data;
using Pst.Data.Providers;

namespace Pst.Products.Publications.Tests;

/// <summary>The catalogue recipe step with publications, on a real SQLite database and file store: files beside the recipe, checked and stored once.</summary>
public sealed class CatalogueRecipeTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pst-publications-").FullName;
    private ServiceProvider _services = null!;

    private string RecipeFolder => Path.Combine(_directory, "recipes");

    private string StoreFolder => Path.Combine(_directory, "files");

    public async ValueTask InitializeAsync()
    {
        _services = ModuleServices.Build(
            [new Pst.Ordering.OrderingModule(), new PublicationsModule()],
            await ModuleServices.MigratedSqliteAsync(_directory),
            _directory);
        Directory.CreateDirectory(Path.Combine(RecipeFolder, "files"));
        await File.WriteAllBytesAsync(Path.Combine(RecipeFolder, "files", "jtda.pdf"), SamplePdf.Pages(2));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private static string Recipe(string attributes, string type = "publication") => $$"""
        { "name": "catalogue", "steps": [ { "name": "catalogue", "items": [
          { "code": "jtda-2026", "type": "{{type}}", "title": "Jawa Tengah Dalam Angka 2026", "attributes": {{attributes}} } ] } ] }
        """;

    private const string Valid = """{ "year": 2026, "catalogueNumber": "1102001.33", "pages": 2, "file": "files/jtda.pdf" }""";

    private async Task<RecipeRun> ApplyAsync(string json)
    {
        var path = Path.Combine(RecipeFolder, "catalogue.recipe.json");
        await File.WriteAllTextAsync(path, json, Encoding.UTF8);
        return await _services.InScopeAsync(sp => sp.GetRequiredService<RecipeEngine>().ApplyFileAsync(path, "tester"));
    }

    private int StoredFiles => Directory.Exists(StoreFolder) ? Directory.GetFiles(StoreFolder, "*.pdf", SearchOption.AllDirectories).Length : 0;

    [Fact]
    public async Task A_publication_and_its_PDF_are_stored_once_however_often_the_recipe_is_applied()
    {
        await ApplyAsync(Recipe(Valid));
        var first = await _services.InScopeAsync(sp => sp.GetRequiredService<ICatalogueStore>().FindAsync("jtda-2026"));
        await ApplyAsync(Recipe(Valid));
        var second = await _services.InScopeAsync(sp => sp.GetRequiredService<ICatalogueStore>().FindAsync("jtda-2026"));

        Assert.Equal((2L, "publication"), (first!.GetInt64("pages")!.Value, first.ProductTypeId));
        Assert.Equal(first.GetFileId("file"), second!.GetFileId("file"));
        Assert.Equal(1, StoredFiles);
        await using var pdf = await _services.GetRequiredService<IFileStore>().OpenAsync(first.GetFileId("file")!);
        Assert.NotNull(pdf);
    }

    [Theory]
    [InlineData("""{ "year": 2026, "catalogueNumber": "1102001.33", "pages": 2, "file": "../secret.pdf" }""", "publication", "$.steps[0].items[0].attributes.file")]
    [InlineData("""{ "year": 2026, "catalogueNumber": "1102001.33", "pages": 2, "file": "files/missing.pdf" }""", "publication", "$.steps[0].items[0].attributes.file")]
    [InlineData("""{ "year": 2026, "catalogueNumber": "1102001.33", "pages": 2, "file": "files/fake.pdf" }""", "publication", "$.steps[0].items[0].attributes.file")]
    [InlineData("""{ "year": 2026, "catalogueNumber": "1102001.33", "pages": 0, "file": "files/jtda.pdf" }""", "publication", "$.steps[0].items[0].attributes.pages")]
    [InlineData("""{ "year": 2026, "catalogueNumber": "1102001.33", "pages": 2, "file": "files/jtda.pdf", "colour": "red" }""", "publication", "$.steps[0].items[0].attributes.colour")]
    [InlineData(Valid, "map", "$.steps[0].items[0].type")]
    public async Task A_faulty_item_is_refused_at_its_path_and_nothing_is_stored(string attributes, string type, string path)
    {
        await File.WriteAllTextAsync(Path.Combine(RecipeFolder, "files", "fake.pdf"), "MZ this is no PDF");

        var refused = await Assert.ThrowsAsync<RecipeRejectedException>(() => ApplyAsync(Recipe(attributes, type)));

        Assert.Contains(refused.Errors, e => e.Path == path && e.Step == 1);
        Assert.Empty(await _services.InScopeAsync(sp => sp.GetRequiredService<ICatalogueStore>().ListAsync()));
        Assert.Equal(0, StoredFiles);
    }
}
