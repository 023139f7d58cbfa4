using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace Pst.Products.Maps.Boundaries;

/// <summary>A feature refused, by its position in the file and its code when it has one.</summary>
public sealed record BoundaryFault(BoundaryLevel Level, int Feature, string? Code, string Message);

/// <summary>A feature whose geometry was invalid and was repaired (GeometryFixer), with what was wrong.</summary>
public sealed record BoundaryRepair(BoundaryLevel Level, string Code, string Problem);

/// <summary>What reading one layer gave: its areas, the repairs made, and the faults that refuse it.</summary>
public sealed record BoundaryLayer(BoundaryLevel Level, IReadOnlyList<WorkArea> Areas, IReadOnlyList<BoundaryRepair> Repairs, IReadOnlyList<BoundaryFault> Faults);

/// <summary>
/// Reads a boundary layer from GeoJSON (a FeatureCollection in WGS 84, the properties of recipes/files/wilayah/README.md):
/// every feature needs a code unique in the layer, a name, the layer's level, a parent code below the province and a
/// (Multi)Polygon. An invalid geometry is repaired and reported; one that cannot be repaired is a fault.
/// </summary>
public static class BoundaryLayerReader
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new GeoJsonConverterFactory() } };

    public static BoundaryLayer Read(Stream geoJson, BoundaryLevel level)
    {
        FeatureCollection? collection;
        try
        {
            collection = JsonSerializer.Deserialize<FeatureCollection>(geoJson, Json);
        }
        catch (JsonException error)
        {
            return new BoundaryLayer(level, [], [], [new BoundaryFault(level, 0, null, $"The file is not a GeoJSON FeatureCollection: {error.Message}")]);
        }

        if (collection is null || collection.Count == 0)
        {
            return new BoundaryLayer(level, [], [], [new BoundaryFault(level, 0, null, "The file holds no feature.")]);
        }

        var areas = new List<WorkArea>();
        var repairs = new List<BoundaryRepair>();
        var faults = new List<BoundaryFault>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < collection.Count; i++)
        {
            var feature = collection[i];
            var code = Text(feature, "code");
            void Fault(string message) => faults.Add(new BoundaryFault(level, i, code, message));

            if (code is null)
            {
                Fault("The feature has no 'code'.");
                continue;
            }

            if (!codes.Add(code))
            {
                Fault($"The code '{code}' is used by another feature of this layer.");
                continue;
            }

            var name = Text(feature, "name");
            var parent = Text(feature, "parent_code");
            if (name is null)
            {
                Fault("The feature has no 'name'.");
            }
            else if (BoundaryLevels.Parse(Text(feature, "level")) != level)
            {
                Fault($"The feature's level '{Text(feature, "level")}' is not this layer's.");
            }
            else if (level != BoundaryLevel.Province && parent is null)
            {
                Fault("The feature has no 'parent_code'.");
            }
            else if (feature.Geometry is not (Polygon or MultiPolygon) || feature.Geometry.IsEmpty)
            {
                Fault("The geometry is not a polygon or multipolygon.");
            }
            else
            {
                var geometry = feature.Geometry;
                var validity = new IsValidOp(geometry);
                if (!validity.IsValid)
                {
                    geometry = GeometryFixer.Fix(geometry);
                    if (geometry.IsEmpty || geometry is not (Polygon or MultiPolygon) || !geometry.IsValid)
                    {
                        Fault($"The geometry is invalid ({validity.ValidationError.Message}) and cannot be repaired.");
                        continue;
                    }

                    repairs.Add(new BoundaryRepair(level, code, $"{validity.ValidationError.Message} at {validity.ValidationError.Coordinate}"));
                }

                areas.Add(new WorkArea(code, name, level, level == BoundaryLevel.Province ? null : parent, Text(feature, "code_kemendagri"), Text(feature, "name_bps"), Text(feature, "type") ?? KindOf(feature), geometry));
            }
        }

        return new BoundaryLayer(level, areas, repairs, faults);
    }

    private static string? KindOf(IFeature feature) => Text(feature, "level") is { } kind && kind is "desa" or "kelurahan" ? kind : null;

    private static string? Text(IFeature feature, string name) =>
        feature.Attributes?.Exists(name) == true && feature.Attributes[name]?.ToString() is { Length: > 0 } value ? value.Trim() : null;
}
