using System.Text;
using Pst.Products.Maps.Boundaries;
using Pst.Products.Maps.Export;

namespace Pst.Products.Maps.Tests;

/// <summary>
/// Every format of a map written from the real layers and read back: the feature count, the codes and the fields, valid
/// geometry, WGS 84 declared, UTF-8 names intact, and the PDF's title, names and notes as text on an A3 landscape page.
/// </summary>
public sealed class MapExportTests(JawaTengahLayers jawaTengah) : IClassFixture<JawaTengahLayers>
{
    private LoadedBoundaries Boundaries => new(new BoundaryEdition
    {
        Title = "Batas wilayah kerja statistik Provinsi Jawa Tengah",
        Source = "cahyadsn/wilayah_boundaries 3c5a796",
        Date = new DateOnly(2026, 8, 20),
        Licence = "MIT, © 2024 Cahya DSN",
        Sha256 = new string('0', 64),
        ImportedAt = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero),
    }, jawaTengah.Set!);

    private WorkAreaMap Map(string regency, BoundaryLevel level) => WorkAreaMap.Of(Boundaries, regency, level, "PST-2026-00042", "Sari Wulandari", new DateOnly(2026, 12, 2));

    [Fact]
    public void On_a_crowded_map_no_name_covers_another()
    {
        // Kabupaten Semarang by desa: 235 names on one A3 sheet.
        var map = Map("3322", BoundaryLevel.Village);
        var folder = Directory.CreateTempSubdirectory("pst-map-").FullName;
        try
        {
            var pdf = File.ReadAllBytes(MapPackage.Write(map, [MapFormat.Pdf], "BPS Provinsi Jawa Tengah", folder).Single(f => f.Name.EndsWith(".pdf", StringComparison.Ordinal)).Path);
            using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
            var words = document.GetPage(1).GetWords().Where(w => w.Letters.Count > 0).ToList();
            var names = map.Features.Select(f => f.Area.Name).ToHashSet();
            Assert.True(words.Count(w => names.Any(n => n.Contains(w.Text, StringComparison.Ordinal))) > 100, "most desa keep their label");
            for (var i = 0; i < words.Count; i++)
            {
                for (var j = i + 1; j < words.Count; j++)
                {
                    var (a, b) = (words[i].BoundingBox, words[j].BoundingBox);
                    var overlap = Math.Max(0, Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left)) * Math.Max(0, Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom));
                    Assert.True(overlap < 0.5, $"'{words[i].Text}' and '{words[j].Text}' overlap");
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Kota_semarang_by_desa_reads_back_with_177_features_in_every_format()
    {
        var map = Map("3374", BoundaryLevel.Village);
        var folder = Directory.CreateTempSubdirectory("pst-map-").FullName;
        try
        {
            var files = MapPackage.Write(map, [MapFormat.Shapefile, MapFormat.GeoPackage, MapFormat.GeoJson, MapFormat.Pdf], "BPS Provinsi Jawa Tengah", folder);
            Assert.Equal(
                ["peta-wks-3374-desa-PST-2026-00042-shp.zip", "peta-wks-3374-desa-PST-2026-00042.gpkg", "peta-wks-3374-desa-PST-2026-00042.geojson", "peta-wks-3374-desa-PST-2026-00042.pdf", "peta-wks-3374-desa-PST-2026-00042-metadata.txt"],
                files.Select(f => f.Name));
            byte[] Bytes(string suffix) => File.ReadAllBytes(files.Single(f => f.Name.EndsWith(suffix, StringComparison.Ordinal)).Path);

            var expected = jawaTengah.Set!.Within(jawaTengah.Set.Find(BoundaryLevel.Regency, "3374")!, BoundaryLevel.Village).Select(a => a.Code).ToList();
            Assert.Equal(177, expected.Count);

            var shapefile = MapFiles.Shapefile(Bytes("-shp.zip"));
            var geoPackage = MapFiles.GeoPackage(Bytes(".gpkg"));
            var geoJson = MapFiles.GeoJson(Bytes(".geojson"));
            foreach (var features in new[] { shapefile.Features, geoPackage.Features, geoJson })
            {
                Assert.Equal(expected, features.Select(f => f.Fields["iddesa"]));
                Assert.All(features, f => Assert.True(f.Geometry.IsValid && !f.Geometry.IsEmpty, f.Fields["iddesa"]));
                var tugu = features.Single(f => f.Fields["iddesa"] == "3374011001");
                Assert.Equal(("33", "74", "3374", "Kota Semarang"), (tugu.Fields["kdprov"], tugu.Fields["kdkab"], "33" + tugu.Fields["kdkab"], tugu.Fields["nmkab"]));
                Assert.Equal("130", tugu.Fields["kdkec"]);
                Assert.Equal("33.74.01.1001", tugu.Fields["kddagri"]);
                Assert.Equal("kelurahan", tugu.Fields["jenis"]);
                // The same boundary in every format (the shapefile's rings are reordered, not moved).
                Assert.True(Math.Abs(tugu.Geometry.Area - jawaTengah.Set.Find(BoundaryLevel.Village, "3374011001")!.Geometry.Area) < 1e-12);
            }

            Assert.All(shapefile.Features.SelectMany(f => f.Fields.Keys), name => Assert.InRange(name.Length, 1, 10));
            Assert.Equal(["peta-wks-3374-desa-PST-2026-00042.shp", "peta-wks-3374-desa-PST-2026-00042.shx", "peta-wks-3374-desa-PST-2026-00042.dbf", "peta-wks-3374-desa-PST-2026-00042.prj", "peta-wks-3374-desa-PST-2026-00042.cpg", "README.txt"], shapefile.Entries);
            Assert.Contains("GCS_WGS_1984", shapefile.Texts[".prj"]);
            Assert.Equal("UTF-8", shapefile.Texts[".cpg"]);
            Assert.Contains("iddesa", shapefile.Texts["README.txt"]);
            Assert.Contains("nmkecbps", shapefile.Texts["README.txt"]);
            Assert.Equal("desa|features|MULTIPOLYGON|4326|EPSG:4326|1196444487", geoPackage.Registration);

            var text = MapFiles.PdfText(Bytes(".pdf"), out var size);
            Assert.Equal((1191, 842), ((int)Math.Round(size.Width), (int)Math.Round(size.Height)));
            Assert.Contains("Peta Wilayah Kerja Statistik Kota Semarang per desa/kelurahan", text);
            foreach (var name in new[] { "Tugu", "Legenda", "Batas kecamatan", "cahyadsn/wilayah_boundaries", "PST-2026-00042", "keadaan 20 Agustus", "MIT", "km", "EPSG:4326" })
            {
                Assert.Contains(name, text);
            }

            var metadata = Encoding.UTF8.GetString(Bytes("-metadata.txt"));
            Assert.Contains("Jumlah fitur    : 177 desa/kelurahan", metadata);
            Assert.Contains("WGS 84 (EPSG:4326)", metadata);
            Assert.Contains("Pihak kedua tidak menggandakan", metadata);
            Assert.Contains("peta-wks-3374-desa-PST-2026-00042.gpkg", metadata);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Kabupaten_semarangs_kecamatan_map_leaves_kota_salatiga_out()
    {
        var map = Map("3322", BoundaryLevel.District);
        var salatiga = jawaTengah.Set!.Find(BoundaryLevel.Regency, "3373")!.Geometry.InteriorPoint;
        using var stream = new MemoryStream();
        GeoJsonExport.Write(map, stream);
        var features = MapFiles.GeoJson(stream.ToArray());
        Assert.Equal(19, features.Count);
        Assert.All(features, f => Assert.StartsWith("3322", f.Fields["idkec"]));
        Assert.DoesNotContain(features, f => f.Geometry.Covers(salatiga));
        Assert.Null(features[0].Fields.GetValueOrDefault("iddesa"));
        Assert.NotNull(features[0].Fields["nmkecbps"]);
    }
}
