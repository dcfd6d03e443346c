namespace FitSaaS.Programs;

/// <summary>Stable error codes of the Programs module (<c>Programs:Reason</c>).</summary>
public static class ProgramsErrorCodes
{
    /// <summary>
    /// An exercise of the global library was to be changed or deleted, or a custom exercise was to be
    /// created outside a tenant: the global library is read-only and maintained by the import only.
    /// </summary>
    public const string GlobalExerciseReadOnly = "Programs:GlobalExerciseReadOnly";

    /// <summary>The tenant already has a custom exercise with this name, compared case-insensitively; data <c>name</c>.</summary>
    public const string DuplicateExerciseName = "Programs:DuplicateExerciseName";

    /// <summary>
    /// A score that does not fit the scoring type: a missing or extra component, a unit of another kind, a malformed time,
    /// a fractional count, AMRAP reps of 1000 or more, a value out of range; data <c>scoringType</c>, <c>reason</c>.
    /// </summary>
    public const string InvalidScore = "Programs:InvalidScore";

    /// <summary>A negative score (load, distance, time, count); data <c>scoringType</c>.</summary>
    public const string NegativeScore = "Programs:NegativeScore";

    /// <summary>
    /// A for-time score above the workout's time cap given as a time: it must be logged as capped with the reps done; data
    /// <c>seconds</c>, <c>timeCapSeconds</c>.
    /// </summary>
    public const string ScoreAboveTimeCap = "Programs:ScoreAboveTimeCap";

    /// <summary>A capped for-time result without the reps done, or capped on a workout without a time cap or not for time.</summary>
    public const string InvalidCappedScore = "Programs:InvalidCappedScore";

    /// <summary>A scaled result for a workout that defines no scaled level; data <c>workoutId</c>.</summary>
    public const string ScaledNotAvailable = "Programs:ScaledNotAvailable";

    /// <summary>A result performed further in the future than the allowed clock skew; data <c>performedAt</c>.</summary>
    public const string PerformedAtInFuture = "Programs:PerformedAtInFuture";

    /// <summary>
    /// A result target that is not exactly one of a workout reference (published workout, assignment or library workout) and a
    /// lift (exercise with a rep-max scheme), a rep-max scheme outside 1–20, an unknown division, a result without its
    /// performed-at instant or score; a personal-record history or leaderboard query without exactly one key or target.
    /// </summary>
    public const string InvalidResultTarget = "Programs:InvalidResultTarget";

    /// <summary>A lift result (exercise and rep max) scored otherwise than by load.</summary>
    public const string LiftMustBeScoredByLoad = "Programs:LiftMustBeScoredByLoad";

    /// <summary>Staff logged a result for a member who is not a user of the tenant; data <c>memberId</c>.</summary>
    public const string MemberNotFound = "Programs:MemberNotFound";
}
