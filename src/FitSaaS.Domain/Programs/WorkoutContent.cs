namespace FitSaaS.Programs;

/// <summary>Everything a workout's author writes: the parameter object of <see cref="WorkoutManager"/> (checked by <see cref="Workout"/>).</summary>
/// <param name="Title">The title; at most <see cref="ProgrammingConsts.MaxTitleLength"/> characters.</param>
/// <param name="Description">The description; null when none.</param>
/// <param name="Sections">The sections, in order: at most <see cref="ProgrammingConsts.MaxSectionCount"/>.</param>
/// <param name="ScoringType">How results are scored.</param>
/// <param name="TimeCapSeconds">Time cap in seconds: only for for-time and AMRAP, required for AMRAP (its duration).</param>
/// <param name="IsBenchmark">True for a benchmark (results are compared across time).</param>
public sealed record WorkoutContent(
    string Title,
    string? Description,
    IReadOnlyList<WorkoutSection> Sections,
    ScoringType ScoringType,
    int? TimeCapSeconds,
    bool IsBenchmark);
