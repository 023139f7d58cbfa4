using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Pst.Core.Products;
using Pst.Products.Microdata.Synthetic;

namespace Pst.Products.Microdata.Data;

/// <summary>
/// Where each dataset's data file is. The office names the real file in configuration
/// (<c>Microdata:Sources:{dataset code}</c>, a CSV path, relative to the content root or absolute); real data never
/// enters the repository. A dataset whose recipe entry asks for synthetic data (seed and records) and has no
/// configured file gets a synthetic file, made once under <c>Microdata:DataDirectory</c> (App_Data/microdata).
/// </summary>
public sealed class MicrodataSources(IConfiguration configuration, IHostEnvironment environment)
{
    private static readonly SemaphoreSlim Generating = new(1, 1);

    public string DataDirectory => Path.GetFullPath(configuration["Microdata:DataDirectory"] ?? "App_Data/microdata", environment.ContentRootPath);

    /// <summary>The configured real file of the dataset, if any.</summary>
    public string? ConfiguredPath(string datasetCode) =>
        configuration[$"Microdata:Sources:{datasetCode}"] is { Length: > 0 } path ? Path.GetFullPath(path, environment.ContentRootPath) : null;

    /// <summary>The seed and record count of a dataset served with synthetic data.</summary>
    public static (int Seed, long Records)? SyntheticSpec(CatalogueItem item) =>
        item.Attributes["synthetic"] is System.Text.Json.Nodes.JsonObject synthetic
        && synthetic["seed"]?.GetValue<int>() is { } seed && synthetic["records"]?.GetValue<long>() is { } records
            ? (seed, records)
            : null;

    /// <summary>The dataset's data file, making the synthetic one first when that is what it is served with; null when none is in place.</summary>
    public async Task<string?> FindAsync(CatalogueItem item, CancellationToken cancellationToken = default)
    {
        if (ConfiguredPath(item.Code) is { } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        if (SyntheticSpec(item) is not var (seed, records))
        {
            return null;
        }

        var path = Path.Combine(DataDirectory, $"{item.Code}-synthetic-{seed}-{records}.csv");
        if (File.Exists(path))
        {
            return path;
        }

        await Generating.WaitAsync(cancellationToken);
        try
        {
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(DataDirectory);
                var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
                await using (var file = File.Create(temporary))
                {
                    SyntheticHouseholdSurvey.Write(file, seed, records);
                }

                File.Move(temporary, path, overwrite: true);
            }

            return path;
        }
        finally
        {
            Generating.Release();
        }
    }
}
