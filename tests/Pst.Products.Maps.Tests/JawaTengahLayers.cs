using Pst.Products.Maps.Boundaries;

namespace Pst.Products.Maps.Tests;

/// <summary>The project's own copy of the Jawa Tengah boundary layers (recipes/files/wilayah), read once for the tests that share it.</summary>
public sealed class JawaTengahLayers
{
    public static readonly (string File, BoundaryLevel Level)[] Files =
    [
        ("provinsi_33.geojson", BoundaryLevel.Province),
        ("kabupaten_33.geojson", BoundaryLevel.Regency),
        ("kecamatan_33.geojson", BoundaryLevel.District),
        ("desa_33.geojson", BoundaryLevel.Village),
    ];

    public JawaTengahLayers()
    {
        Layers = Files.Select(f =>
        {
            using var file = File.OpenRead(PathOf(f.File));
            return BoundaryLayerReader.Read(file, f.Level);
        }).ToList();
        (Set, Faults) = BoundarySet.Of(Layers);
    }

    public IReadOnlyList<BoundaryLayer> Layers { get; }

    public BoundarySet? Set { get; }

    public IReadOnlyList<BoundaryFault> Faults { get; }

    public static string PathOf(string file)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "recipes", "files", "wilayah", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"recipes/files/wilayah/{file} is not above {AppContext.BaseDirectory}.");
    }
}
