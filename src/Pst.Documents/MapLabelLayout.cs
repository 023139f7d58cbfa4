using SkiaSharp;

namespace Pst.Documents;

/// <summary>A label where it is drawn: centred on its point at its size, with the box it covers.</summary>
public sealed record PlacedLabel(string Text, float X, float Baseline, float Size, SKRect Box);

/// <summary>
/// Places map labels so none covers another: each in turn at the sheet's size, else a little smaller, else left out
/// (the feature is still drawn and listed in the data). Earlier labels win, so callers put the ones that matter first.
/// </summary>
public static class MapLabelLayout
{
    /// <summary>Smaller sizes tried, as a share of the sheet's size, before a label is left out.</summary>
    private static readonly float[] Shrinks = [1f, 0.8f, 0.65f];

    private const float MinimumSize = 3f;

    private const float Gap = 0.5f;

    /// <param name="measure">The width of a text at a size.</param>
    public static IReadOnlyList<PlacedLabel> Place(IEnumerable<(string Text, SKPoint At)> labels, float size, Func<string, float, float> measure)
    {
        var placed = new List<PlacedLabel>();
        foreach (var (text, at) in labels)
        {
            foreach (var shrink in Shrinks)
            {
                var fontSize = Math.Max(MinimumSize, size * shrink);
                var width = measure(text, fontSize);
                var box = new SKRect(at.X - width / 2, at.Y - fontSize * 0.55f, at.X + width / 2, at.Y + fontSize * 0.55f);
                var padded = SKRect.Inflate(box, Gap, Gap);
                if (placed.All(p => !p.Box.IntersectsWith(padded)))
                {
                    placed.Add(new PlacedLabel(text, box.Left, at.Y + fontSize / 3, fontSize, box));
                    break;
                }
            }
        }

        return placed;
    }
}
