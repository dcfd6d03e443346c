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

    /// <summary>A workout of the global library (a benchmark) was to be changed or deleted, or a workout was to be created outside a tenant; data <c>workoutId</c>.</summary>
    public const string GlobalWorkoutReadOnly = "Programs:GlobalWorkoutReadOnly";

    /// <summary>A movement references an exercise that is neither global nor the tenant's own; data <c>exerciseId</c>.</summary>
    public const string UnknownExercise = "Programs:UnknownExercise";

    /// <summary>
    /// A time cap was given for a scoring type other than for-time and AMRAP, or is missing for an AMRAP (its duration), or is not
    /// positive; data <c>scoringType</c>.
    /// </summary>
    public const string InvalidTimeCap = "Programs:InvalidTimeCap";

    /// <summary>A referenced workout (publish, template day, assignment) is neither global nor the tenant's own; data <c>workoutId</c>.</summary>
    public const string WorkoutNotFound = "Programs:WorkoutNotFound";

    /// <summary>A track's location is not a location of the tenant; data <c>locationId</c>.</summary>
    public const string LocationNotFound = "Programs:LocationNotFound";

    /// <summary>A track's class type is not a class type of the tenant; data <c>classTypeId</c>.</summary>
    public const string ClassTypeNotFound = "Programs:ClassTypeNotFound";

    /// <summary>A track's date has no current published workout (nothing to unpublish); data <c>date</c>.</summary>
    public const string DayNotPublished = "Programs:DayNotPublished";

    /// <summary>A class session has no visible workout: no track of its location and class type has one for its local date; data <c>sessionId</c>.</summary>
    public const string NoWorkoutForClassSession = "Programs:NoWorkoutForClassSession";

    /// <summary>An assignment's member is not a user of the tenant; data <c>memberId</c>.</summary>
    public const string MemberNotFound = "Programs:MemberNotFound";

    /// <summary>A date range is reversed or longer than <see cref="ProgrammingConsts.MaxDateRangeDays"/> days; data <c>from</c>, <c>to</c>.</summary>
    public const string InvalidDateRange = "Programs:InvalidDateRange";

    /// <summary>A result target reference does not name exactly one of a published workout, an assignment or a workout.</summary>
    public const string InvalidResultTarget = "Programs:InvalidResultTarget";

    /// <summary>A published workout version is not visible yet (before its visible-from instant) or was unpublished; data <c>publishedWorkoutId</c>.</summary>
    public const string WorkoutNotPublished = "Programs:WorkoutNotPublished";

    /// <summary>A workout assignment belongs to another member; data <c>assignmentId</c>.</summary>
    public const string AssignmentNotForMember = "Programs:AssignmentNotForMember";
}
