using SkiaSharp;

namespace Pst.Documents;

/// <summary>
/// Draws a <see cref="MapSheetSpec"/> on one A3 landscape page: the map in a frame on the left, in an equirectangular
/// projection true to scale at the map's middle latitude (fine for a kabupaten/kota), and a panel on the right with
/// the title, legend, inset and notes. Labels are real text, so the sheet can be searched and read back.
/// </summary>
public static class MapSheetComposer
{
    private const float PageWidth = 1190.55f;
    private const float PageHeight = 841.89f;
    private const float Margin = 24;
    private const float PanelWidth = 300;
    private const double KilometresPerDegree = 111.32;

    private static readonly SKRect MapFrame = new(Margin, Margin, PageWidth - Margin - PanelWidth - 12, PageHeight - Margin);
    private static readonly float PanelLeft = PageWidth - Margin - PanelWidth;

    public static byte[] Compose(MapSheetSpec spec)
    {
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = spec.Title, Creator = "Pst.Cms", Producer = "Pst.Cms" }))
        {
            var canvas = document.BeginPage(PageWidth, PageHeight);
            using (var frame = new SKPaint { Color = new SKColor(0, 48, 94), Style = SKPaintStyle.Stroke, StrokeWidth = 1.2f })
            {
                canvas.DrawRect(MapFrame, frame);
                canvas.DrawRect(new SKRect(PanelLeft, Margin, PageWidth - Margin, PageHeight - Margin), frame);
            }

            var projection = Projection.Fit(spec.Layers.SelectMany(l => l.Polygons), MapFrame, 0.94f);
            canvas.Save();
            canvas.ClipRect(MapFrame);
            foreach (var layer in spec.Layers)
            {
                DrawLayer(canvas, layer, projection);
            }

            DrawLabels(canvas, spec.Labels, projection);
            canvas.Restore();
            DrawNorthArrow(canvas, MapFrame.Right - 40, MapFrame.Top + 20);
            DrawScaleBar(canvas, projection, MapFrame.Left + 20, MapFrame.Bottom - 24);
            DrawPanel(canvas, spec);
            document.EndPage();
            document.Close();
        }

        return output.ToArray();
    }

    private static void DrawLayer(SKCanvas canvas, MapLayer layer, Projection projection)
    {
        using var stroke = new SKPaint { Color = new SKColor(layer.Style.Stroke), Style = SKPaintStyle.Stroke, StrokeWidth = layer.Style.StrokeWidth, IsAntialias = true, StrokeJoin = SKStrokeJoin.Round };
        using var fill = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        foreach (var polygon in layer.Polygons)
        {
            using var path = projection.Path(polygon);
            if (layer.Style.Fills.Count > 0)
            {
                fill.Color = new SKColor(layer.Style.Fills[polygon.Fill % layer.Style.Fills.Count]);
                canvas.DrawPath(path, fill);
            }

            canvas.DrawPath(path, stroke);
        }
    }

    /// <summary>
    /// Labels are smaller the more there are, so a kabupaten's 300 desa names stay legible where they fit; one that
    /// would cover another is drawn smaller or left out (<see cref="MapLabelLayout"/>).
    /// </summary>
    private static void DrawLabels(SKCanvas canvas, IReadOnlyList<MapLabel> labels, Projection projection)
    {
        var size = labels.Count switch { <= 40 => 8f, <= 150 => 5.5f, <= 300 => 4.5f, _ => 3.5f };
        foreach (var label in MapLabelLayout.Place(labels.Select(l => (l.Text, projection.Point(l.At))), size, (text, at) => PdfComposer.Measure(text, at, false)))
        {
            PdfComposer.DrawText(canvas, label.Text, label.X, label.Baseline, label.Size);
        }
    }

    private static void DrawNorthArrow(SKCanvas canvas, float x, float y)
    {
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var builder = new SKPathBuilder();
        builder.MoveTo(x, y + 12);
        builder.LineTo(x + 9, y + 46);
        builder.LineTo(x, y + 38);
        builder.LineTo(x - 9, y + 46);
        builder.Close();
        using var path = builder.Detach();
        canvas.DrawPath(path, paint);
        var width = PdfComposer.Measure("U", 11, true);
        PdfComposer.DrawText(canvas, "U", x - width / 2, y + 8, 11, bold: true);
    }

    /// <summary>A bar of a round length (1, 2, 5 × a power of ten kilometres) near a fifth of the frame's width.</summary>
    private static void DrawScaleBar(SKCanvas canvas, Projection projection, float x, float y)
    {
        var wanted = MapFrame.Width / 5 / projection.PointsPerKilometre;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(wanted)));
        var kilometres = new[] { 1, 2, 5, 10 }.Select(f => f * magnitude).Last(l => l <= wanted || l == magnitude);
        var length = (float)(kilometres * projection.PointsPerKilometre);
        using var black = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill };
        using var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill };
        using var outline = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f };
        canvas.DrawRect(x - 6, y - 18, length + 40, 30, white);
        for (var i = 0; i < 4; i++)
        {
            var rect = new SKRect(x + length / 4 * i, y, x + length / 4 * (i + 1), y + 5);
            canvas.DrawRect(rect, i % 2 == 0 ? black : white);
            canvas.DrawRect(rect, outline);
        }

        PdfComposer.DrawText(canvas, "0", x - 2, y - 4, 7);
        PdfComposer.DrawText(canvas, $"{kilometres / 2:0.##}", x + length / 2 - 4, y - 4, 7);
        PdfComposer.DrawText(canvas, $"{kilometres:0.##} km", x + length - 4, y - 4, 7);
    }

    private static void DrawPanel(SKCanvas canvas, MapSheetSpec spec)
    {
        var x = PanelLeft + 14;
        var width = PanelWidth - 28;
        var y = Margin + 24f;

        void Lines(string text, float size, bool bold, float gap)
        {
            foreach (var line in PdfComposer.Wrap(text, size, bold, width))
            {
                PdfComposer.DrawText(canvas, line, x, y, size, bold);
                y += size + gap;
            }
        }

        Lines(spec.Office, 10, true, 3);
        y += 8;
        Lines(spec.Title, 15, true, 4);
        Lines(spec.Subtitle, 9, false, 3);
        y += 12;

        PdfComposer.DrawText(canvas, "Legenda", x, y, 10, bold: true);
        y += 14;
        foreach (var layer in spec.Layers)
        {
            using var stroke = new SKPaint { Color = new SKColor(layer.Style.Stroke), Style = SKPaintStyle.Stroke, StrokeWidth = layer.Style.StrokeWidth };
            var swatch = new SKRect(x, y - 8, x + 22, y + 2);
            if (layer.Style.Fills.Count > 0)
            {
                using var fill = new SKPaint { Color = new SKColor(layer.Style.Fills[0]), Style = SKPaintStyle.Fill };
                canvas.DrawRect(swatch, fill);
                canvas.DrawRect(swatch, stroke);
            }
            else
            {
                canvas.DrawLine(x, y - 3, x + 22, y - 3, stroke);
            }

            PdfComposer.DrawText(canvas, layer.Legend, x + 30, y, 8.5f);
            y += 15;
        }

        y += 10;
        var inset = new SKRect(x, y, x + width, y + 190);
        using (var frame = new SKPaint { Color = new SKColor(120, 120, 120), Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f })
        {
            canvas.DrawRect(inset, frame);
        }

        var insetProjection = Projection.Fit(spec.Inset.Context, inset, 0.9f);
        DrawLayer(canvas, new MapLayer("", spec.Inset.Context, new MapStyle(0.4f, 0xFF6B6B6B, [0xFFF4F4F4])), insetProjection);
        DrawLayer(canvas, new MapLayer("", spec.Inset.Highlight, new MapStyle(0.8f, 0xFFB00020, [0xFFE8A0A8])), insetProjection);
        y += 202;
        Lines(spec.Inset.Caption, 8, false, 2);
        y += 10;

        foreach (var (label, value) in spec.Notes)
        {
            PdfComposer.DrawText(canvas, label, x, y, 8, bold: true);
            y += 10;
            Lines(value, 7.5f, false, 2);
            y += 4;
        }
    }

    /// <summary>Longitude and latitude to points on the page, fitted into a rectangle and centred.</summary>
    private sealed class Projection
    {
        private double _west;
        private double _north;
        private double _cosine;
        private double _scale;
        private float _left;
        private float _top;

        public double PointsPerKilometre => _scale / KilometresPerDegree;

        public static Projection Fit(IEnumerable<MapPolygon> polygons, SKRect frame, float fill)
        {
            var points = polygons.SelectMany(p => p.Rings).SelectMany(r => r).ToList();
            double west = points.Min(p => p.Longitude), east = points.Max(p => p.Longitude);
            double south = points.Min(p => p.Latitude), north = points.Max(p => p.Latitude);
            var cosine = Math.Cos((south + north) / 2 * Math.PI / 180);
            var spanX = Math.Max((east - west) * cosine, 1e-9);
            var spanY = Math.Max(north - south, 1e-9);
            var scale = Math.Min(frame.Width / spanX, frame.Height / spanY) * fill;
            return new Projection
            {
                _west = west,
                _north = north,
                _cosine = cosine,
                _scale = scale,
                _left = frame.Left + (float)((frame.Width - spanX * scale) / 2),
                _top = frame.Top + (float)((frame.Height - spanY * scale) / 2),
            };
        }

        public SKPoint Point(GeoPoint point) =>
            new(_left + (float)((point.Longitude - _west) * _cosine * _scale), _top + (float)((_north - point.Latitude) * _scale));

        public SKPath Path(MapPolygon polygon)
        {
            using var path = new SKPathBuilder { FillType = SKPathFillType.EvenOdd };
            foreach (var ring in polygon.Rings)
            {
                for (var i = 0; i < ring.Count; i++)
                {
                    var p = Point(ring[i]);
                    if (i == 0)
                    {
                        path.MoveTo(p);
                    }
                    else
                    {
                        path.LineTo(p);
                    }
                }

                path.Close();
            }

            return path.Detach();
        }
    }
}
