namespace FitSaaS.Programs;

/// <summary>
/// What a member says a result is for: exactly one of a published workout (a track's snapshot version), a coaching assignment,
/// or a workout of the library (a benchmark, or the tenant's own workout) performed on the member's own.
/// </summary>
/// <param name="PublishedWorkoutId">A published workout version of a track.</param>
/// <param name="AssignmentId">A workout assignment of the member.</param>
/// <param name="WorkoutId">A workout of the library (global benchmark or the tenant's own).</param>
public sealed record WorkoutResultTargetReference(Guid? PublishedWorkoutId, Guid? AssignmentId, Guid? WorkoutId);
