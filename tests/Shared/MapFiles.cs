using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.IO.Esri;
using UglyToad.PdfPig;

namespace Pst.Tests.Shared;

/// <summary>A delivered map file read back with the libraries a customer's GIS would use: features with their fields.</summary>
public sealed record ReadFeature(Geometry Geometry, IReadOnlyDictionary<string, string?> Fields);

/// <summary>Reads each delivered format back (NTS readers; SQLite for the GeoPackage; PdfPig for the PDF's text).</summary>
public static class MapFiles
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new GeoJsonConverterFactory() } };

    public static IReadOnlyList<ReadFeature> GeoJson(byte[] file)
    {
        var collection = JsonSerializer.Deserialize<FeatureCollection>(file, Json)!;
        return collection.Select(f => new ReadFeature(f.Geometry, f.Attributes.GetNames().ToDictionary(n => n, n => f.Attributes[n]?.ToString()))).ToList();
    }

    /// <summary>The zip's parts by extension, and its features read with the Esri reader from the extracted .shp.</summary>
    public static (IReadOnlyList<ReadFeature> Features, IReadOnlyDictionary<string, string> Texts, IReadOnlyList<string> Entries) Shapefile(byte[] zip)
    {
        var folder = Directory.CreateTempSubdirectory("pst-shp-read-").FullName;
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip));
            archive.ExtractToDirectory(folder);
            var shp = Directory.GetFiles(folder, "*.shp").Single();
            var features = NetTopologySuite.IO.Esri.Shapefile.ReadAllFeatures(shp)
                .Select(f => new ReadFeature(f.Geometry, f.Attributes.GetNames().ToDictionary(n => n, n => f.Attributes[n]?.ToString()?.Trim() is { Length: > 0 } v ? v : null)))
                .ToList();
            var texts = new[] { ".prj", ".cpg" }.ToDictionary(e => e, e => File.ReadAllText(Path.ChangeExtension(shp, e)));
            texts["README.txt"] = File.ReadAllText(Path.Combine(folder, "README.txt"), Encoding.UTF8);
            return (features, texts, archive.Entries.Select(e => e.FullName).ToList());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The GeoPackage's one feature table, with its registration (data type, geometry type, SRS).</summary>
    public static (IReadOnlyList<ReadFeature> Features, string Registration) GeoPackage(byte[] file)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pst-read-{Guid.NewGuid():N}.gpkg");
        File.WriteAllBytes(path, file);
        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            string Scalar(string sql)
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
            }

            var registration = Scalar("SELECT c.table_name || '|' || c.data_type || '|' || g.geometry_type_name || '|' || g.srs_id || '|' || s.organization || ':' || s.organization_coordsys_id || '|' || (SELECT application_id FROM pragma_application_id) FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id");
            var table = registration.Split('|')[0];
            var reader = new GeoPackageGeoReader();
            var features = new List<ReadFeature>();
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY fid";
            using var rows = select.ExecuteReader();
            while (rows.Read())
            {
                var fields = new Dictionary<string, string?>();
                Geometry? geometry = null;
                for (var i = 0; i < rows.FieldCount; i++)
                {
                    switch (rows.GetName(i))
                    {
                        case "fid":
                            break;
                        case "geom":
                            geometry = reader.Read((byte[])rows[i]);
                            break;
                        default:
                            fields[rows.GetName(i)] = rows.IsDBNull(i) ? null : rows.GetString(i);
                            break;
                    }
                }

                features.Add(new ReadFeature(geometry!, fields));
            }

            return (features, registration);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static string PdfText(byte[] file, out (double Width, double Height) size)
    {
        using var pdf = PdfDocument.Open(file);
        var page = pdf.GetPage(1);
        size = (page.Width, page.Height);
        return string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
