using Microsoft.Data.Sqlite;
using Pst.Products.Maps.Boundaries;
using Pst.Products.Maps.Export;

namespace Pst.Products.Maps.Tests;

/// <summary>
/// The GeoPackage as GDAL reads it (what ogr2ogr and QGIS use): every feature a valid, non-empty geometry with the
/// source's area, and blobs that declare XY as gpkg_geometry_columns does. Needs Debian's gdal-bin (see
/// <see cref="DebianTools"/>).
/// </summary>
public sealed class GeoPackageGdalTests(JawaTengahLayers jawaTengah) : IClassFixture<JawaTengahLayers>
{
    [Fact]
    public void Gdal_reads_every_feature_of_kota_semarang_by_desa_with_the_source_area()
    {
        var ogr2ogr = Gdal("ogr2ogr");
        var edition = new BoundaryEdition
        {
            Title = "Batas wilayah kerja statistik Provinsi Jawa Tengah",
            Source = "wilayah_boundaries",
            Date = new DateOnly(2026, 8, 20),
            Licence = "MIT",
            Sha256 = new string('0', 64),
            ImportedAt = DateTimeOffset.UnixEpoch,
        };
        var map = WorkAreaMap.Of(new LoadedBoundaries(edition, jawaTengah.Set!), "3374", BoundaryLevel.Village, "PST-2026-00042", "Sari", new DateOnly(2026, 12, 2));
        var folder = Directory.CreateTempSubdirectory("pst-gdal-").FullName;
        try
        {
            var gpkg = MapPackage.Write(map, [MapFormat.GeoPackage], "BPS", folder).Single(f => f.Name.EndsWith(".gpkg", StringComparison.Ordinal)).Path;

            // The blob header: XY envelope (flags bits 1-3 = 1), then WKB MULTIPOLYGON (6), not ZM (3006).
            using (var connection = new SqliteConnection($"Data Source={gpkg};Mode=ReadOnly;Pooling=False"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT geom FROM desa";
                using var reader = command.ExecuteReader();
                var blobs = 0;
                while (reader.Read())
                {
                    var blob = (byte[])reader[0];
                    Assert.Equal("GP", System.Text.Encoding.ASCII.GetString(blob, 0, 2));
                    Assert.Equal(1, (blob[3] >> 1) & 0b111);
                    Assert.Equal(6u, BitConverter.ToUInt32(blob, 8 + 32 + 1));
                    blobs++;
                }

                Assert.Equal(177, blobs);
            }

            var geoJson = Path.Combine(folder, "gdal.geojson");
            DebianTools.Run(ogr2ogr, "-f", "GeoJSON", geoJson, gpkg);
            var read = MapFiles.GeoJson(File.ReadAllBytes(geoJson));
            Assert.Equal(177, read.Count);
            foreach (var feature in read)
            {
                var code = feature.Fields["iddesa"]!;
                Assert.False(feature.Geometry is null || feature.Geometry.IsEmpty, code);
                Assert.True(feature.Geometry!.IsValid, code);
                Assert.Equal(jawaTengah.Set!.Find(BoundaryLevel.Village, code)!.Geometry.Area, feature.Geometry.Area, 1e-9);
            }

            Assert.Contains("Feature Count: 177", DebianTools.Run(Gdal("ogrinfo"), "-so", gpkg, "desa"), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Gdal(string tool) => DebianTools.Require(Path.Combine("/usr/bin", tool), "gdal-bin");
}
