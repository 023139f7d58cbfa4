namespace Pst.Products.Maps.Export;

/// <summary>The formats a map is delivered in, as the customer picks them; the metadata goes with any.</summary>
public static class MapFormat
{
    public const string Shapefile = "shp";
    public const string GeoPackage = "gpkg";
    public const string GeoJson = "geojson";
    public const string Pdf = "pdf";

    public static IReadOnlyList<(string Value, string Label)> All { get; } =
    [
        (Shapefile, "Shapefile (zip)"),
        (GeoPackage, "GeoPackage"),
        (GeoJson, "GeoJSON"),
        (Pdf, "PDF map (A3)"),
    ];
}

/// <summary>One file of a delivered map.</summary>
public sealed record MapFile(string Name, string ContentType, string Path);

/// <summary>
/// Writes the chosen formats of one map into a folder, with the metadata file, and names them for delivery:
/// <c>peta-wks-3374-desa-PST-2026-00042.gpkg</c>, <c>…-shp.zip</c>, <c>…-metadata.txt</c>.
/// </summary>
public static class MapPackage
{
    public static IReadOnlyList<MapFile> Write(WorkAreaMap map, IReadOnlyCollection<string> formats, string office, string folder)
    {
        var files = new List<MapFile>();
        string PathOf(string name) => System.IO.Path.Combine(folder, name);

        if (formats.Contains(MapFormat.Shapefile))
        {
            var name = map.FileBase + "-shp.zip";
            using (var stream = File.Create(PathOf(name)))
            {
                ShapefileExport.Write(map, stream);
            }

            files.Add(new MapFile(name, "application/zip", PathOf(name)));
        }

        if (formats.Contains(MapFormat.GeoPackage))
        {
            var name = map.FileBase + ".gpkg";
            GeoPackageExport.Write(map, PathOf(name));
            files.Add(new MapFile(name, GeoPackageExport.ContentType, PathOf(name)));
        }

        if (formats.Contains(MapFormat.GeoJson))
        {
            var name = map.FileBase + ".geojson";
            using (var stream = File.Create(PathOf(name)))
            {
                GeoJsonExport.Write(map, stream);
            }

            files.Add(new MapFile(name, GeoJsonExport.ContentType, PathOf(name)));
        }

        if (formats.Contains(MapFormat.Pdf))
        {
            var name = map.FileBase + ".pdf";
            File.WriteAllBytes(PathOf(name), MapSheet.Compose(map, office));
            files.Add(new MapFile(name, MapSheet.ContentType, PathOf(name)));
        }

        var metadata = map.FileBase + "-metadata.txt";
        File.WriteAllText(PathOf(metadata), MapMetadata.Describe(map, string.Join(", ", files.Select(f => f.Name))), new System.Text.UTF8Encoding(false));
        files.Add(new MapFile(metadata, "text/plain; charset=utf-8", PathOf(metadata)));
        return files;
    }
}
