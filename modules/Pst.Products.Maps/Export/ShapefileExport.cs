using System.IO.Compression;
using System.Text;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Writers;

namespace Pst.Products.Maps.Export;

/// <summary>
/// The map as a zipped Shapefile: .shp, .shx, .dbf in UTF-8 with a .cpg saying so, a .prj for WGS 84 (EPSG:4326),
/// and a README listing the fields, since a DBF keeps a field's name in 10 characters and nothing of its meaning.
/// </summary>
public static class ShapefileExport
{
    /// <summary>WGS 84 as ESRI's .prj writes it.</summary>
    public const string Wgs84Prj = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    public static readonly string[] Parts = [".shp", ".shx", ".dbf", ".prj", ".cpg"];

    public static void Write(WorkAreaMap map, Stream target)
    {
        var folder = Directory.CreateTempSubdirectory("pst-shp-").FullName;
        try
        {
            var shp = Path.Combine(folder, map.FileBase + ".shp");
            var options = new ShapefileWriterOptions(ShapeType.Polygon) { Encoding = Encoding.UTF8, Projection = Wgs84Prj };
            foreach (var field in map.Fields)
            {
                options.AddCharacterField(field.Name, field.Width);
            }

            using (var writer = new ShapefilePolygonWriter(shp, options))
            {
                foreach (var feature in map.Features)
                {
                    writer.Geometry = feature.Area.Geometry;
                    foreach (var (field, value) in map.ValuesOf(feature))
                    {
                        writer.Fields[field.Name].Value = value;
                    }

                    writer.Write();
                }
            }

            // The writer's own .cpg, if any, is replaced by the one GIS tools read for UTF-8.
            File.WriteAllText(Path.ChangeExtension(shp, ".cpg"), "UTF-8", new UTF8Encoding(false));
            using var zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var part in Parts)
            {
                zip.CreateEntryFromFile(Path.ChangeExtension(shp, part), map.FileBase + part, CompressionLevel.Optimal);
            }

            using var readme = new StreamWriter(zip.CreateEntry("README.txt").Open(), new UTF8Encoding(false));
            readme.Write(MapMetadata.Describe(map, "Shapefile (ESRI), " + string.Join(", ", Parts.Select(p => map.FileBase + p))));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
