namespace FitSaaS.Programs;

/// <summary>What applying a template did with one of its days.</summary>
/// <param name="DayOffset">The template day's offset.</param>
/// <param name="Date">The track's local date (start + offset).</param>
/// <param name="WorkoutId">The template day's workout.</param>
/// <param name="Status">Published, skipped (the date already has a workout) or failed.</param>
/// <param name="PublishedWorkoutId">The new publication when published; the existing one when skipped; null when failed.</param>
/// <param name="ErrorCode">The error code when failed (e.g. <c>Programs:WorkoutNotFound</c>); null otherwise.</param>
public sealed record ProgramTemplateDayResult(
    int DayOffset, DateOnly Date, Guid WorkoutId, ProgramTemplateDayStatus Status, Guid? PublishedWorkoutId, string? ErrorCode);
