using SkiaSharp;

namespace Pst.Documents.Tests;

/// <summary>Map labels never cover one another: a crowded one is drawn smaller, or left out; the first given wins.</summary>
public sealed class MapLabelLayoutTests
{
    private static float Measure(string text, float size) => text.Length * size * 0.5f;

    [Fact]
    public void Labels_far_apart_are_all_placed_at_the_sheets_size()
    {
        var placed = MapLabelLayout.Place([("Tugu", new SKPoint(100, 100)), ("Mangkang", new SKPoint(200, 100)), ("Wonosari", new SKPoint(100, 200))], 8, Measure);
        Assert.Equal(["Tugu", "Mangkang", "Wonosari"], placed.Select(p => p.Text));
        Assert.All(placed, p => Assert.Equal(8, p.Size));
    }

    [Fact]
    public void A_label_that_would_cover_another_is_drawn_smaller_or_left_out()
    {
        // "Randugarut" at 8 pt is 40 wide, so centred 25 to the right it runs into "Tugu" (16 wide); at 6.4 pt (32 wide) it does not.
        var placed = MapLabelLayout.Place(
            [("Tugu", new SKPoint(100, 100)), ("Randugarut", new SKPoint(125, 100)), ("Karanganyar", new SKPoint(101, 101))], 8, Measure);

        Assert.Equal(["Tugu", "Randugarut"], placed.Select(p => p.Text));
        Assert.Equal(8, placed[0].Size);
        Assert.True(placed[1].Size < 8);
        Assert.False(placed[0].Box.IntersectsWith(placed[1].Box));
    }
}
