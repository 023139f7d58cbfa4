using System.Text;
using Pst.Products.Maps.Boundaries;

namespace Pst.Products.Maps.Tests;

/// <summary>
/// The boundary layers: the real Jawa Tengah files read whole and checked as a set (counts, parents, the BPS and
/// Kemendagri codes apart, the Salatiga hole, hit-testing through the index), and faulty files refused with the
/// feature and the reason, an invalid geometry repaired with a report.
/// </summary>
public sealed class BoundaryLayerTests(JawaTengahLayers jawaTengah) : IClassFixture<JawaTengahLayers>
{
    [Fact]
    public void The_jawa_tengah_layers_read_whole_and_every_area_has_its_parent()
    {
        Assert.Empty(jawaTengah.Faults);
        Assert.Equal([1, 35, 576, 8563], jawaTengah.Layers.Select(l => l.Areas.Count));
        Assert.All(jawaTengah.Layers.SelectMany(l => l.Areas), a => Assert.True(a.Geometry.IsValid, a.Code));
        var set = jawaTengah.Set!;

        var semarangCity = set.Find(BoundaryLevel.Regency, "3374")!;
        Assert.Equal(("Kota Semarang", "Kota", "33.74"), (semarangCity.Name, semarangCity.Kind, semarangCity.KemendagriCode));
        Assert.Equal(177, set.Within(semarangCity, BoundaryLevel.Village).Count);
        Assert.Equal(35, set.Within(set.Find(BoundaryLevel.Province, "33")!, BoundaryLevel.Regency).Count);

        // BPS and Kemendagri codes stay apart below kabupaten/kota: Semarang Tengah is BPS 3374130, Kemendagri 33.74.01.
        var tengah = set.Find(BoundaryLevel.District, "3374130")!;
        Assert.Equal(("33.74.01", "3374"), (tengah.KemendagriCode, tengah.ParentCode));
    }

    [Fact]
    public void Kabupaten_semarang_has_kota_salatiga_as_a_hole_and_a_click_finds_the_area_under_it()
    {
        var set = jawaTengah.Set!;
        var salatiga = set.Find(BoundaryLevel.Regency, "3373")!;
        var inside = salatiga.Geometry.InteriorPoint;
        Assert.False(set.Find(BoundaryLevel.Regency, "3322")!.Geometry.Covers(inside));
        Assert.All(set.Within(set.Find(BoundaryLevel.Regency, "3322")!, BoundaryLevel.District), d => Assert.False(d.Geometry.Covers(inside), d.Code));
        Assert.Equal("3373", set.At(BoundaryLevel.Regency, inside.X, inside.Y)?.Code);

        var point = tengahPoint(set);
        Assert.Equal("3374130", set.At(BoundaryLevel.District, point.X, point.Y)?.Code);
        Assert.Null(set.At(BoundaryLevel.Regency, 106.8, -6.2)); // Jakarta is not in the layers

        static NetTopologySuite.Geometries.Point tengahPoint(BoundarySet set) => set.Find(BoundaryLevel.District, "3374130")!.Geometry.InteriorPoint;
    }

    [Fact]
    public void An_invalid_geometry_is_repaired_and_reported()
    {
        // A bow tie: the ring crosses itself.
        var layer = Read(BoundaryLevel.Regency, Feature("3374", "Kota Semarang", "kabupaten_kota", "33", "[[[110,-7],[110.1,-7.1],[110.1,-7],[110,-7.1],[110,-7]]]"));
        Assert.Empty(layer.Faults);
        var repair = Assert.Single(layer.Repairs);
        Assert.Equal("3374", repair.Code);
        Assert.Contains("Self-intersection", repair.Problem, StringComparison.OrdinalIgnoreCase);
        Assert.True(Assert.Single(layer.Areas).Geometry.IsValid);
    }

    [Fact]
    public void A_duplicate_code_a_missing_parent_and_a_broken_file_are_refused_with_the_feature_and_the_reason()
    {
        const string square = "[[[110,-7],[110.1,-7],[110.1,-7.1],[110,-7.1],[110,-7]]]";
        var duplicate = Read(BoundaryLevel.Regency, Feature("3374", "Kota Semarang", "kabupaten_kota", "33", square), Feature("3374", "Kota Semarang", "kabupaten_kota", "33", square));
        var fault = Assert.Single(duplicate.Faults);
        Assert.Equal((1, "3374"), (fault.Feature, fault.Code));
        Assert.Contains("used by another feature", fault.Message, StringComparison.Ordinal);

        var province = Read(BoundaryLevel.Province, Feature("33", "Jawa Tengah", "provinsi", "", square));
        var regencies = Read(BoundaryLevel.Regency, Feature("3374", "Kota Semarang", "kabupaten_kota", "33", square), Feature("3599", "Kota Lain", "kabupaten_kota", "35", square));
        var (set, faults) = BoundarySet.Of([province, regencies]);
        Assert.Null(set);
        var orphan = Assert.Single(faults);
        Assert.Equal((BoundaryLevel.Regency, 1, "3599"), (orphan.Level, orphan.Feature, orphan.Code));
        Assert.Contains("'35'", orphan.Message, StringComparison.Ordinal);

        var wrongLevel = Read(BoundaryLevel.District, Feature("3374130", "Semarang Tengah", "kabupaten_kota", "3374", square));
        Assert.Contains("not this layer's", Assert.Single(wrongLevel.Faults).Message, StringComparison.Ordinal);
        var line = Read(BoundaryLevel.Regency, "{\"type\":\"Feature\",\"properties\":{\"code\":\"3374\",\"name\":\"Kota Semarang\",\"level\":\"kabupaten_kota\",\"parent_code\":\"33\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[110,-7],[110.1,-7]]}}");
        Assert.Contains("not a polygon", Assert.Single(line.Faults).Message, StringComparison.Ordinal);
        var broken = BoundaryLayerReader.Read(new MemoryStream("{\"type\":\"FeatureCollection\",\"features\":[{"u8.ToArray()), BoundaryLevel.Regency);
        Assert.Contains("not a GeoJSON FeatureCollection", Assert.Single(broken.Faults).Message, StringComparison.Ordinal);
        Assert.Empty(broken.Areas);
    }

    private static string Feature(string code, string name, string level, string parent, string polygon) =>
        $"{{\"type\":\"Feature\",\"properties\":{{\"code\":\"{code}\",\"name\":\"{name}\",\"level\":\"{level}\",\"parent_code\":\"{parent}\"}},\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":{polygon}}}}}";

    private static BoundaryLayer Read(BoundaryLevel level, params string[] features) =>
        BoundaryLayerReader.Read(new MemoryStream(Encoding.UTF8.GetBytes($"{{\"type\":\"FeatureCollection\",\"features\":[{string.Join(',', features)}]}}")), level);
}
