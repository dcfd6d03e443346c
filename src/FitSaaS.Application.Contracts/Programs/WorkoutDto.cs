namespace FitSaaS.Programs;

/// <summary>A workout of the library: global (a seeded benchmark, read-only) or the tenant's own.</summary>
public sealed class WorkoutDto
{
    /// <summary>The workout id.</summary>
    public Guid Id { get; init; }

    /// <summary>True for the tenant's own workout, false for one of the global library.</summary>
    public bool IsCustom { get; init; }

    /// <summary>The global benchmark this workout was copied from; null otherwise.</summary>
    public Guid? BenchmarkWorkoutId { get; init; }

    /// <summary>The title.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The description; null when none.</summary>
    public string? Description { get; init; }

    /// <summary>The sections, in order.</summary>
    public IReadOnlyList<WorkoutSectionDto> Sections { get; init; } = [];

    /// <summary>How results are scored.</summary>
    public ScoringType ScoringType { get; init; }

    /// <summary>Time cap or AMRAP duration in seconds; null when none.</summary>
    public int? TimeCapSeconds { get; init; }

    /// <summary>True for a benchmark.</summary>
    public bool IsBenchmark { get; init; }

    /// <summary>True when a movement has a scaled prescription or scaling notes.</summary>
    public bool HasScaledLevel { get; init; }

    /// <summary>The version: 1 when created, incremented by every edit.</summary>
    public int Version { get; init; }
}
