using NetTopologySuite.Geometries;
using Pst.Documents;
using Pst.Products.Maps.Boundaries;

namespace Pst.Products.Maps.Export;

/// <summary>
/// The printed map (PDF, A3 landscape) of a <see cref="WorkAreaMap"/>: the areas at the chosen level, filled and
/// named, with the kecamatan borders on a desa map and the kabupaten/kota's outline over them; the province as the
/// inset; and the source, edition, licence, coordinate system, request and date in the notes.
/// </summary>
public static class MapSheet
{
    public const string ContentType = "application/pdf";

    private static readonly uint[] Palette = [0xFFFCE8C8, 0xFFD9EDD0, 0xFFD6E6F5, 0xFFF6D6DE, 0xFFEDE3F4, 0xFFF3F0C8];

    public static byte[] Compose(WorkAreaMap map, string office)
    {
        var set = map.Boundaries.Set;
        List<MapLayer> layers =
        [
            new(map.Level == BoundaryLevel.District ? "Kecamatan" : "Desa/kelurahan",
                map.Features.SelectMany((f, i) => Polygons(f.Area.Geometry, i)).ToList(),
                new MapStyle(0.35f, 0xFF7A7A7A, Palette)),
        ];
        if (map.Level == BoundaryLevel.Village)
        {
            layers.Add(new("Batas kecamatan", set.Within(map.Coverage, BoundaryLevel.District).SelectMany(d => Polygons(d.Geometry)).ToList(), new MapStyle(1.0f, 0xFF404040, [])));
        }

        layers.Add(map.Coverage.Level == BoundaryLevel.Province
            ? new("Batas kabupaten/kota", set.Within(map.Coverage, BoundaryLevel.Regency).SelectMany(r => Polygons(r.Geometry)).ToList(), new MapStyle(1.8f, 0xFF00305E, []))
            : new("Batas kabupaten/kota", Polygons(map.Coverage.Geometry).ToList(), new MapStyle(1.8f, 0xFF00305E, [])));
        // Larger areas first: where names would collide, the larger area keeps its label.
        var labels = map.Features.OrderByDescending(f => f.Area.Geometry.Area).Select(f => new MapLabel(f.Area.Name, Point(f.Area.Geometry.InteriorPoint))).ToList();
        var province = map.Province;
        var inset = new MapInset(
            $"Letak {map.CoverageName} di Provinsi {province.Name}",
            set.Within(province, BoundaryLevel.Regency).SelectMany(r => Polygons(r.Geometry)).ToList(),
            Polygons(map.Coverage.Geometry).ToList());
        var edition = map.Edition;
        return MapSheetComposer.Compose(new MapSheetSpec(
            office,
            map.Title,
            $"{map.CoverageName} ({map.Coverage.Code}): {map.Features.Count} {map.LevelName}",
            layers,
            labels,
            inset,
            [
                ("Sumber", edition.Source),
                ("Edisi", $"{edition.Title}, keadaan {edition.Edition}"),
                ("Lisensi", edition.Licence),
                ("Sistem koordinat", MapMetadata.Crs),
                ("Permintaan", $"{map.RequestNumber}, untuk {map.BuyerName}"),
                ("Tanggal", Pst.Documents.DocumentText.Date(map.Date)),
                ("Keterangan", "Batas wilayah kerja statistik, bukan batas administrasi resmi."),
            ]));
    }

    private static IEnumerable<MapPolygon> Polygons(Geometry geometry, int fill = 0)
    {
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            var polygon = (Polygon)geometry.GetGeometryN(i);
            yield return new MapPolygon([Ring(polygon.ExteriorRing), .. polygon.InteriorRings.Select(Ring)], fill);
        }
    }

    private static IReadOnlyList<GeoPoint> Ring(LineString ring) => ring.Coordinates.Select(c => new GeoPoint(c.X, c.Y)).ToList();

    private static GeoPoint Point(Point point) => new(point.X, point.Y);
}
