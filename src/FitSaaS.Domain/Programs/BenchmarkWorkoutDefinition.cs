namespace FitSaaS.Programs;

/// <summary>A classic benchmark as the seed writes it into the global library.</summary>
/// <param name="Key">Stable key, unique among global workouts (e.g. <c>fran</c>).</param>
/// <param name="Title">The title.</param>
/// <param name="Description">The workout in words (our own wording).</param>
/// <param name="ScoringType">How it is scored.</param>
/// <param name="TimeCapSeconds">Time cap or AMRAP duration in seconds; null when none.</param>
/// <param name="SectionTitle">The title of its single conditioning section (e.g. "21-15-9").</param>
/// <param name="Movements">Its movements, in order.</param>
public sealed record BenchmarkWorkoutDefinition(
    string Key,
    string Title,
    string Description,
    ScoringType ScoringType,
    int? TimeCapSeconds,
    string SectionTitle,
    IReadOnlyList<BenchmarkMovementDefinition> Movements);
