namespace FitSaaS.Programs;

/// <summary>What a new goal aims at, as <see cref="GoalManager"/> checked it.</summary>
/// <param name="Direction">Which way the value must move.</param>
/// <param name="Value">The target, canonical units.</param>
/// <param name="DisplayValue">The target as entered (body metrics).</param>
/// <param name="DisplayUnit">Its unit (body metrics).</param>
/// <param name="StartValue">The value when set, canonical; null when none.</param>
/// <param name="MetricId">The body metric.</param>
/// <param name="WorkoutId">The benchmark workout.</param>
/// <param name="ExerciseId">The exercise.</param>
/// <param name="RepMax">The exercise's rep max.</param>
/// <param name="Division">The personal record's division.</param>
/// <param name="ScoringType">The personal record's scoring type.</param>
public sealed record GoalTarget(
    GoalDirection Direction,
    decimal Value,
    decimal? DisplayValue,
    BodyMetricUnit? DisplayUnit,
    decimal? StartValue,
    Guid? MetricId,
    Guid? WorkoutId,
    Guid? ExerciseId,
    int? RepMax,
    WorkoutDivision? Division,
    ScoringType? ScoringType);
