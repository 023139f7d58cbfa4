using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Precision;
using NetTopologySuite.Simplify;
using NetTopologySuite.IO.Converters;
using Pst.Products.Maps.Boundaries;

namespace Pst.Products.Maps.Screen;

/// <summary>
/// The kabupaten/kota of an edition for the map page: simplified (about 200 m) and rounded to 4 decimals, so the
/// whole province is a small download that is the page's only base map (no tiles from other hosts).
/// </summary>
public static class ScreenLayer
{
    private const double Tolerance = 0.002;

    private static readonly JsonSerializerOptions Json = new() { Converters = { new GeoJsonConverterFactory() } };

    public static byte[] Regencies(BoundarySet set)
    {
        var reducer = new GeometryPrecisionReducer(new PrecisionModel(10_000));
        var collection = new FeatureCollection();
        foreach (var regency in set.Layers.Single(l => l.Level == BoundaryLevel.Regency).Areas)
        {
            var simplified = reducer.Reduce(TopologyPreservingSimplifier.Simplify(regency.Geometry, Tolerance));
            collection.Add(new Feature(simplified, new AttributesTable { { "code", regency.Code }, { "name", regency.Name } }));
        }

        return JsonSerializer.SerializeToUtf8Bytes(collection, Json);
    }
}
