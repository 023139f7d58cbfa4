using System.Globalization;

namespace Pst.Feedback.Charts;

/// <summary>
/// A bar chart drawn as SVG on the server (no script, nothing from another host): one bar per label, gaps where
/// there is no value, and dashed guide lines (band edges, a standard). It is an image with a title; the page puts
/// the same numbers in a table beside it for screen readers.
/// </summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<BarChart.Bar> Bars, decimal Minimum, decimal Maximum, IReadOnlyList<BarChart.Guide> Guides)
{
    public const int Height = 220;
    private const int Top = 12;
    private const int Bottom = 40;
    private const int Left = 40;
    public const int BarWidth = 44;
    public const int Gap = 16;

    public int Width => Left + Math.Max(1, Bars.Count) * (BarWidth + Gap);

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
}
