namespace FitSaaS.Programs;

/// <summary>The changeable fields of a tenant's body metric.</summary>
/// <param name="UnitLabel">Required for a count or custom metric (at most <see cref="BodyMetricConsts.MaxUnitLabelLength"/> characters), absent otherwise.</param>
/// <param name="MinValue">Smallest accepted value in the canonical unit (kg, cm, %, the label); null = 0.</param>
/// <param name="MaxValue">Largest accepted value in the canonical unit; null = <see cref="BodyMetricConsts.MaxValue"/> (100 for a percent).</param>
/// <param name="Preference">Which way it usually improves.</param>
public sealed record BodyMetricDefinitionDetails(string? UnitLabel, decimal? MinValue, decimal? MaxValue, BodyMetricPreference Preference);
