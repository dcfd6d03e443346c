namespace FitSaaS.Programs;

/// <summary>A body-metric value at an instant, for goal progress.</summary>
/// <param name="Value">Canonical value.</param>
/// <param name="MeasuredAt">When it was measured (UTC).</param>
public sealed record BodyMetricObservation(decimal Value, DateTime MeasuredAt);
