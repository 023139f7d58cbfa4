namespace Pst.Core.Reports;

/// <summary>
/// Percentiles as the reports state them, by the nearest-rank method: the smallest value that at least the given
/// share of the values do not exceed (the median is the 50th). Every value is one that occurred, never interpolated.
/// </summary>
public static class NearestRank
{
    /// <returns>The percentile, or null when there are no values.</returns>
    public static T? Of<T>(IEnumerable<T> values, int percent)
        where T : struct, IComparable<T>
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return OfSorted(sorted, percent);
    }

    /// <summary>The percentile of values already in ascending order (several percentiles of one list, sorted once).</summary>
    public static T? OfSorted<T>(IReadOnlyList<T> sorted, int percent)
        where T : struct
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
