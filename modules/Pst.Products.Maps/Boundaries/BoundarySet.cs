using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Pst.Products.Maps.Boundaries;

/// <summary>
/// The four boundary layers together, checked as a whole (every area's parent is in the level above), with each
/// level indexed in an STRtree so an area is found under a point (a click on the map) without testing them all.
/// </summary>
public sealed class BoundarySet
{
    private readonly Dictionary<string, WorkArea> _byCode;
    private readonly Dictionary<BoundaryLevel, STRtree<WorkArea>> _index = [];
    private readonly ILookup<string, WorkArea> _children;

    private BoundarySet(IReadOnlyList<BoundaryLayer> layers)
    {
        Layers = layers;
        _byCode = layers.SelectMany(l => l.Areas).ToDictionary(a => $"{a.Level}/{a.Code}", StringComparer.Ordinal);
        _children = layers.SelectMany(l => l.Areas).Where(a => a.ParentCode is not null).ToLookup(a => $"{BoundaryLevels.ParentOf(a.Level)}/{a.ParentCode}", StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            var tree = new STRtree<WorkArea>();
            foreach (var area in layer.Areas)
            {
                tree.Insert(area.Geometry.EnvelopeInternal, area);
            }

            tree.Build();
            _index[layer.Level] = tree;
        }
    }

    public IReadOnlyList<BoundaryLayer> Layers { get; }

    /// <summary>The layers as one set, or the faults that refuse it: the layers' own and every missing parent.</summary>
    public static (BoundarySet? Set, IReadOnlyList<BoundaryFault> Faults) Of(IReadOnlyList<BoundaryLayer> layers)
    {
        var faults = layers.SelectMany(l => l.Faults).ToList();
        var codes = layers.SelectMany(l => l.Areas).Select(a => $"{a.Level}/{a.Code}").ToHashSet(StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            for (var i = 0; i < layer.Areas.Count; i++)
            {
                var area = layer.Areas[i];
                if (BoundaryLevels.ParentOf(area.Level) is { } parentLevel && !codes.Contains($"{parentLevel}/{area.ParentCode}"))
                {
                    faults.Add(new BoundaryFault(area.Level, i, area.Code, $"Its parent '{area.ParentCode}' is not in the {BoundaryLevels.Key(parentLevel)} layer."));
                }
            }
        }

        return faults.Count > 0 ? (null, faults) : (new BoundarySet(layers), []);
    }

    public WorkArea? Find(BoundaryLevel level, string code) => _byCode.GetValueOrDefault($"{level}/{code}");

    /// <summary>The areas at <paramref name="level"/> that lie within an area (a kabupaten/kota's desa, through its kecamatan).</summary>
    public IReadOnlyList<WorkArea> Within(WorkArea area, BoundaryLevel level)
    {
        IEnumerable<WorkArea> found = [area];
        for (var at = area.Level; at < level; at++)
        {
            found = found.SelectMany(a => _children[$"{a.Level}/{a.Code}"]).ToList();
        }

        return found.OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>The area of a level under a point (longitude, latitude), or null.</summary>
    public WorkArea? At(BoundaryLevel level, double longitude, double latitude)
    {
        var point = new Point(longitude, latitude);
        return _index[level].Query(point.EnvelopeInternal).FirstOrDefault(a => a.Geometry.Covers(point));
    }
}
