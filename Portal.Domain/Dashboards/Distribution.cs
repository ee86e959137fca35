namespace Portal.Domain.Dashboards;

/// <summary>A median and a 90th percentile (nearest rank) of whole days, kept only when at least 5 values lie under them.</summary>
public sealed record Distribution(int Count, double? Median, int? P90)
{
    public static Distribution Of(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length < SmallNumbers.Threshold) return new(sorted.Length, null, null);
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        return new(sorted.Length, median, Percentile(sorted, 90));
    }

    /// <summary>Nearest-rank percentile of sorted values: the smallest value with at least p % of the values at or under it.</summary>
    public static int Percentile(IReadOnlyList<int> sorted, int p)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
