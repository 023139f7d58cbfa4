using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace Pst.Products.Maps.Export;

/// <summary>The map as one GeoJSON FeatureCollection (RFC 7946: WGS 84, longitude first), the fields as properties.</summary>
public static class GeoJsonExport
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new GeoJsonConverterFactory() } };

    public const string ContentType = "application/geo+json";

    public static void Write(WorkAreaMap map, Stream target)
    {
        var collection = new FeatureCollection();
        foreach (var feature in map.Features)
        {
            var attributes = new AttributesTable();
            foreach (var (field, value) in map.ValuesOf(feature))
            {
                attributes.Add(field.Name, value);
            }

            collection.Add(new Feature(feature.Area.Geometry, attributes));
        }

        JsonSerializer.Serialize(target, collection, Json);
    }
}
