namespace Pst.Documents;

/// <summary>A point in WGS 84 longitude and latitude.</summary>
public readonly record struct GeoPoint(double Longitude, double Latitude);

/// <summary>A polygon by its rings (the first the exterior, the others holes); <paramref name="Fill"/> picks a colour of the layer's palette.</summary>
public sealed record MapPolygon(IReadOnlyList<IReadOnlyList<GeoPoint>> Rings, int Fill = 0);

/// <summary>How a layer is drawn: its line, and the fills its polygons cycle through (none: lines only).</summary>
public sealed record MapStyle(float StrokeWidth, uint Stroke, IReadOnlyList<uint> Fills);

/// <summary>A layer of the map, drawn in the order given, with the text the legend shows for it.</summary>
public sealed record MapLayer(string Legend, IReadOnlyList<MapPolygon> Polygons, MapStyle Style);

/// <summary>A name written on the map at a point inside its area.</summary>
public sealed record MapLabel(string Text, GeoPoint At);

/// <summary>The small map beside the main one: the wider area, with the mapped part highlighted.</summary>
public sealed record MapInset(string Caption, IReadOnlyList<MapPolygon> Context, IReadOnlyList<MapPolygon> Highlight);

/// <summary>
/// A printed map sheet (A3 landscape): the office and title, the layers with their labels, legend, scale bar, north
/// arrow, inset, and the notes a map must carry (source, edition, licence, coordinate system, request and date).
/// </summary>
public sealed record MapSheetSpec(
    string Office,
    string Title,
    string Subtitle,
    IReadOnlyList<MapLayer> Layers,
    IReadOnlyList<MapLabel> Labels,
    MapInset Inset,
    IReadOnlyList<(string Label, string Value)> Notes);
