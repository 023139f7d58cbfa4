using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Pst.Core.Products;
using Pst.Core.Recipes;
using Pst.Data;
using Pst.Data.Providers;

namespace Pst.Products.Microdata.Tests;

/// <summary>
/// A site with the microdata module on a real SQLite database and file store, and a recipe folder holding the demo
/// dataset of the default recipe (with fewer synthetic records, so the tests stay quick).
/// </summary>
public sealed class MicrodataSite : IAsyncDisposable
{
    public const string DatasetCode = "susenas-kor-rt-2025-03";
    public const int Records = 3000;

    private readonly string _directory = Directory.CreateTempSubdirectory("pst-microdata-").FullName;

    private MicrodataSite()
    {
    }

    public ServiceProvider Services { get; private set; } = null!;

    public string RecipeFolder => Path.Combine(_directory, "recipes");

    public string DataDirectory => Path.Combine(_directory, "microdata");

    public static async Task<MicrodataSite> StartAsync()
    {
        var site = new MicrodataSite();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Microdata:DataDirectory"] = site.DataDirectory }).Build();
        site.Services = ModuleServices.Build(
            [new Pst.Ordering.OrderingModule(), new MicrodataModule()],
            await ModuleServices.MigratedSqliteAsync(site._directory),
            site._directory,
            services =>
            {
                services.AddSingleton<IConfiguration>(configuration);
                services.AddSingleton<IHostEnvironment>(new TestEnvironment(site._directory));
            });
        var files = Path.Combine(site.RecipeFolder, "files", "microdata");
        Directory.CreateDirectory(files);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot, "recipes", "files", "microdata")))
        {
            File.Copy(file, Path.Combine(files, Path.GetFileName(file)));
        }

        var dataset = JsonNode.Parse(await File.ReadAllTextAsync(DatasetFile(site)))!.AsObject();
        dataset["synthetic"]!["records"] = Records;
        await File.WriteAllTextAsync(DatasetFile(site), dataset.ToJsonString());
        return site;
    }

    public static string RepositoryRoot
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Pst.Cms.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
        }
    }

    public static string DatasetFile(MicrodataSite site) => Path.Combine(site.RecipeFolder, "files", "microdata", DatasetCode + ".json");

    /// <summary>Applies a recipe holding one microdata step over the given dataset files (relative to the recipe folder).</summary>
    public async Task<RecipeRun> ApplyAsync(params string[] datasets)
    {
        var path = Path.Combine(RecipeFolder, "microdata.recipe.json");
        var list = string.Join(", ", datasets.Select(d => $"\"{d}\""));
        await File.WriteAllTextAsync(path, $$"""{ "name": "microdata-test", "steps": [ { "name": "microdata", "datasets": [ {{list}} ] } ] }""", Encoding.UTF8);
        return await Services.InScopeAsync(sp => sp.GetRequiredService<RecipeEngine>().ApplyFileAsync(path, "tester"));
    }

    public Task<RecipeRun> ApplyDemoAsync() => ApplyAsync($"files/microdata/{DatasetCode}.json");

    public Task<CatalogueItem?> ItemAsync() => Services.InScopeAsync(sp => sp.GetRequiredService<ICatalogueStore>().FindAsync(DatasetCode));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Pst.Products.Microdata.Tests";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
