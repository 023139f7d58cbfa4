using System.Globalization;

namespace Pst.Core.Reports;

/// <summary>
/// A bar chart drawn as SVG on the server (no script, nothing from another host): one bar per label, gaps where
/// there is no value, and dashed guide lines (band edges, a standard). It is an image with a title; the page puts
/// the same numbers in a table beside it for screen readers.
/// </summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<BarChart.Bar> Bars, decimal Minimum, decimal Maximum, IReadOnlyList<BarChart.Guide> Guides)
{
    private const int Top = 12;

    /// <summary>Labels longer than this are drawn slanted, with room below the axis for them.</summary>
    private const int StraightLabelLength = 8;

    /// <summary>Whether the labels are slanted (any is too long to stand straight under its bar).</summary>
    public bool Slanted => Bars.Any(b => b.Label.Length > StraightLabelLength);

    /// <summary>
    /// Room a slanted label needs below the axis and to the right of the last bar: about 5.5 units a character at
    /// font size 10, turned 40 degrees (sin 0.64, cos 0.77).
    /// </summary>
    private int SlantedRoom(double share) => (int)Math.Ceiling(Bars.Max(b => b.Label.Length) * 5.5 * share) + 20;

    private int Bottom => Slanted ? SlantedRoom(0.64) : 40;

    public int Height => 180 + Bottom;
    private const int Left = 40;
    public const int BarWidth = 44;
    public const int Gap = 16;

    public int Width => Left + Math.Max(1, Bars.Count) * (BarWidth + Gap) + (Slanted ? SlantedRoom(0.77) : 0);

    public sealed record Bar(string Label, decimal? Value, string ValueText);

    public sealed record Guide(decimal Value, string Label);

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The y of a value: <see cref="Minimum"/> on the axis, <see cref="Maximum"/> at the top.</summary>
    public double Y(decimal value)
    {
        var clamped = Math.Clamp(value, Minimum, Maximum);
        return Top + (double)((Maximum - clamped) / (Maximum - Minimum)) * (Height - Top - Bottom);
    }

    public double Axis => Y(Minimum);

    public double X(int bar) => Left + bar * (BarWidth + Gap) + Gap / 2.0;

    /// <summary>Where a bar's label is anchored: centred under the bar, or (slanted) starting under its centre and running down to the right.</summary>
    public (double X, double Y) LabelAt(int bar) => (X(bar) + BarWidth / 2.0, Axis + 14);
}
