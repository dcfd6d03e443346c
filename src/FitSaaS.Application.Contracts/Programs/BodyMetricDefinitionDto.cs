namespace FitSaaS.Programs;

/// <summary>A body metric: built in (the same for every gym, read-only) or one the gym defined.</summary>
public sealed class BodyMetricDefinitionDto
{
    /// <summary>The metric id (fixed for a built-in metric).</summary>
    public Guid Id { get; init; }

    /// <summary>True for a built-in metric.</summary>
    public bool IsBuiltIn { get; init; }

    /// <summary>A built-in metric's stable key (<c>body-weight</c>, <c>body-fat</c>, <c>waist</c>, <c>hips</c>, <c>chest</c>, <c>arm</c>, <c>thigh</c>, <c>neck</c>, <c>resting-heart-rate</c>); null for the gym's own.</summary>
    public string? Key { get; init; }

    /// <summary>The display name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>What it measures.</summary>
    public BodyMetricUnitKind UnitKind { get; init; }

    /// <summary>The canonical unit values are stored and compared in.</summary>
    public BodyMetricUnit CanonicalUnit { get; init; }

    /// <summary>The units a value may be given in (canonical first).</summary>
    public IReadOnlyList<BodyMetricUnit> Units { get; init; } = [];

    /// <summary>The canonical unit's symbol (<c>kg</c>, <c>cm</c>, <c>%</c>, or the metric's label such as <c>bpm</c>).</summary>
    public string UnitSymbol { get; init; } = string.Empty;

    /// <summary>The unit label of a count or custom metric; null otherwise.</summary>
    public string? UnitLabel { get; init; }

    /// <summary>Smallest accepted value, canonical unit.</summary>
    public decimal MinValue { get; init; }

    /// <summary>Largest accepted value, canonical unit.</summary>
    public decimal MaxValue { get; init; }

    /// <summary>Which way it usually improves.</summary>
    public BodyMetricPreference Preference { get; init; }
}
