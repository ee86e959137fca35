namespace Portal.Components.Dashboards;

/// <summary>One series of counts for <see cref="ChartWithTable"/>, one value per label.</summary>
public sealed record ChartSeriesData(string Name, IReadOnlyList<int> Values);
