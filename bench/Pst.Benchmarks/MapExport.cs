using Pst.Products.Maps.Boundaries;
using Pst.Products.Maps.Export;

namespace Pst.Benchmarks;

/// <summary>
/// One map written from the boundary files, as bench/map-export.sh times it against ogr2ogr: the four layers read
/// from GeoJSON and checked as a set (the fields of a desa name its kecamatan and kabupaten/kota), then the map of
/// one area (a kabupaten/kota, or 33 for the province) at a level written in the given formats.
/// </summary>
public static class MapExport
{
    public static void Run(string layers, string area, string level, string[] formats, string output)
    {
        var read = new[] { ("provinsi_33.geojson", BoundaryLevel.Province), ("kabupaten_33.geojson", BoundaryLevel.Regency), ("kecamatan_33.geojson", BoundaryLevel.District), ("desa_33.geojson", BoundaryLevel.Village) }
            .Select(f =>
            {
                using var file = File.OpenRead(Path.Combine(layers, f.Item1));
                return BoundaryLayerReader.Read(file, f.Item2);
            })
            .ToList();
        var set = BoundarySet.Of(read).Set ?? throw new InvalidOperationException("The layers are not a consistent set.");
        var edition = new BoundaryEdition
        {
            Title = "Batas wilayah Provinsi Jawa Tengah",
            Source = "recipes/files/wilayah",
            Date = new DateOnly(2026, 8, 20),
            Licence = "MIT",
            Sha256 = "",
            ImportedAt = DateTimeOffset.UtcNow,
        };
        var coverage = set.Find(area.Length == 2 ? BoundaryLevel.Province : BoundaryLevel.Regency, area) ?? throw new ArgumentException($"No area '{area}'.", nameof(area));
        var map = WorkAreaMap.Of(new LoadedBoundaries(edition, set), coverage, level == "kecamatan" ? BoundaryLevel.District : BoundaryLevel.Village, "PST-2026-00001", "Benchmark", new DateOnly(2026, 12, 2));
        if (formats is ["none"]) return; // the reading cost alone, which every export below includes
        Directory.CreateDirectory(output);
        MapPackage.Write(map, formats, "BPS Provinsi Jawa Tengah", output);
    }
}
