namespace FitSaaS.Programs;

/// <summary>
/// A score as entered. Which parts apply depends on the workout's scoring type: for time, <see cref="Time"/> (<c>mm:ss</c>)
/// or <see cref="Value"/> in seconds, or <see cref="Capped"/> with <see cref="Reps"/>; AMRAP, <see cref="Rounds"/> and
/// <see cref="Reps"/>; load, <see cref="Value"/> in kg (default) or lb; distance, <see cref="Value"/> in m (default), km,
/// mi or ft; reps and calories, a whole <see cref="Value"/>; points, <see cref="Value"/>; no score, nothing.
/// </summary>
public sealed class ScoreInputDto
{
    /// <summary>The number, in <see cref="Unit"/>; never negative.</summary>
    public decimal? Value { get; init; }

    /// <summary>The unit of <see cref="Value"/>; null for the canonical unit (s, kg, m, count).</summary>
    public ScoreUnit? Unit { get; init; }

    /// <summary>A for-time score as <c>ss</c>, <c>mm:ss</c> or <c>h:mm:ss</c> (fractions of a second allowed), instead of <see cref="Value"/>.</summary>
    public string? Time { get; init; }

    /// <summary>AMRAP: full rounds.</summary>
    public int? Rounds { get; init; }

    /// <summary>AMRAP: extra reps (0–999, default 0); capped for time: reps done at the cap (required then).</summary>
    public int? Reps { get; init; }

    /// <summary>For time: the cap was reached before finishing ("CAP + reps"); only on a workout with a time cap.</summary>
    public bool Capped { get; init; }
}
