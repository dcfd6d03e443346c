namespace FitSaaS.Programs;

/// <summary>
/// A resolved result target: the scoring rules a result is checked and ranked by, copied from the exact workout version the
/// member was shown (a later edit never changes them), and where it was published.
/// </summary>
/// <param name="WorkoutId">The library workout the target comes from.</param>
/// <param name="WorkoutVersion">The workout's version the member was shown (1-based).</param>
/// <param name="PersonalRecordWorkoutId">
/// The workout whose personal records the result counts toward: the benchmark's id for a benchmark (published or not), else
/// <paramref name="WorkoutId"/>.
/// </param>
/// <param name="PublishedWorkoutId">The published version the result is for; null for an assignment or a library workout.</param>
/// <param name="AssignmentId">The assignment the result completes; null otherwise.</param>
/// <param name="TrackId">The track it was published on; null when not published.</param>
/// <param name="Date">The track's or assignment's local date; null for a library workout.</param>
/// <param name="Title">The workout's title as shown.</param>
/// <param name="ScoringType">How the workout is scored.</param>
/// <param name="TimeCapSeconds">The time cap in seconds, for <see cref="ScoringType.ForTime"/> (and AMRAP duration); null when none.</param>
/// <param name="HasScaledLevel">Whether the workout defines scaled prescriptions (a scaled result is allowed only then).</param>
public sealed record WorkoutResultTarget(
    Guid WorkoutId,
    int WorkoutVersion,
    Guid PersonalRecordWorkoutId,
    Guid? PublishedWorkoutId,
    Guid? AssignmentId,
    Guid? TrackId,
    DateOnly? Date,
    string Title,
    ScoringType ScoringType,
    int? TimeCapSeconds,
    bool HasScaledLevel);
