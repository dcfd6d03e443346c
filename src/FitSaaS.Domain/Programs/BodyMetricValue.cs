namespace FitSaaS.Programs;

/// <summary>A checked body-metric value: canonical, and as it was given.</summary>
/// <param name="Canonical">In the metric's canonical unit (kg, cm, %, or the metric's label), exact.</param>
/// <param name="Display">As given (at most <see cref="BodyMetricConsts.MaxValueScale"/> decimals).</param>
/// <param name="DisplayUnit">The unit it was given in.</param>
public sealed record BodyMetricValue(decimal Canonical, decimal Display, BodyMetricUnit DisplayUnit);
