namespace FitSaaS.Programs;

/// <summary>A score: canonical value for comparing, the entered unit and value for display.</summary>
public sealed class ScoreDto
{
    /// <summary>
    /// Canonical value: seconds (for time, finished), reps done (capped), rounds × 1000 + reps (AMRAP), kilograms, metres or
    /// the count; null for no score.
    /// </summary>
    public decimal? Value { get; init; }

    /// <summary>For time: capped ("CAP + reps").</summary>
    public bool Capped { get; init; }

    /// <summary>AMRAP rounds; otherwise null.</summary>
    public int? Rounds { get; init; }

    /// <summary>AMRAP extra reps or reps done at the cap; otherwise null.</summary>
    public int? Reps { get; init; }

    /// <summary>The unit it was entered in.</summary>
    public ScoreUnit DisplayUnit { get; init; }

    /// <summary>The number as entered in <see cref="DisplayUnit"/>; null for AMRAP, capped and no score.</summary>
    public decimal? DisplayValue { get; init; }

    /// <summary>Formatted for display (rounded for display only): <c>3:05</c>, <c>CAP + 47</c>, <c>12 + 5</c>, <c>225 lb</c>; empty for no score.</summary>
    public string Display { get; init; } = string.Empty;
}
