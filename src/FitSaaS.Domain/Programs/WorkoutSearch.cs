namespace FitSaaS.Programs;

/// <summary>What a search of the workout library looks for; every criterion left null matches everything.</summary>
public sealed class WorkoutSearch
{
    /// <summary>The tenant whose own workouts are visible besides the global library; null (the host) sees the global library only.</summary>
    public Guid? VisibleToTenantId { get; init; }

    /// <summary>Text the title must contain, case-insensitively.</summary>
    public string? Text { get; init; }

    /// <summary>The scoring type the workout must have.</summary>
    public ScoringType? ScoringType { get; init; }

    /// <summary>True for benchmarks only, false for non-benchmarks only.</summary>
    public bool? IsBenchmark { get; init; }

    /// <summary>True for the tenant's own workouts only, false for the global library only, null for both.</summary>
    public bool? OnlyCustom { get; init; }
}
