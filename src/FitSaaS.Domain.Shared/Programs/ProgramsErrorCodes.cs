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

    /// <summary>The body metric referenced is neither built in nor one of the tenant's (or was deleted); data <c>metricId</c>.</summary>
    public const string UnknownBodyMetric = "Programs:UnknownBodyMetric";

    /// <summary>The unit given is not one of the metric's kind (pounds for a length, inches for a mass…); data <c>unit</c>, <c>unitKind</c>.</summary>
    public const string UnitNotOfMetricKind = "Programs:UnitNotOfMetricKind";

    /// <summary>
    /// A body-metric value (or a goal's target) is negative, outside the metric's bounds, not whole for a count, or has more than
    /// <see cref="BodyMetricConsts.MaxValueScale"/> decimals; data <c>value</c>, <c>min</c>, <c>max</c> (canonical unit).
    /// </summary>
    public const string BodyMetricValueOutOfRange = "Programs:BodyMetricValueOutOfRange";

    /// <summary>A measurement instant lies in the future beyond the allowed clock skew (<see cref="BodyMetricConsts.MaxFutureSkewSeconds"/>); data <c>measuredAt</c>.</summary>
    public const string MeasuredInFuture = "Programs:MeasuredInFuture";

    /// <summary>Built-in body metrics cannot be changed or deleted, and only a tenant defines metrics.</summary>
    public const string BuiltInBodyMetricReadOnly = "Programs:BuiltInBodyMetricReadOnly";

    /// <summary>A body-metric definition is inconsistent: bounds reversed or negative, a unit label missing for a count or custom kind (or given for another); data <c>field</c>.</summary>
    public const string InvalidBodyMetricDefinition = "Programs:InvalidBodyMetricDefinition";

    /// <summary>The tenant already has a metric (or a built-in one exists) with this name, compared case-insensitively; data <c>name</c>.</summary>
    public const string DuplicateBodyMetricName = "Programs:DuplicateBodyMetricName";

    /// <summary>The tenant already has <see cref="BodyMetricConsts.MaxTenantDefinitions"/> metrics of its own.</summary>
    public const string TooManyBodyMetrics = "Programs:TooManyBodyMetrics";

    /// <summary>A metric with entries or goals cannot be deleted (its history would become unreadable); data <c>metricId</c>.</summary>
    public const string BodyMetricInUse = "Programs:BodyMetricInUse";

    /// <summary>The member (of an entry, a goal or an assignment) is not a user of this gym; data <c>memberId</c>.</summary>
    public const string MemberNotFound = "Programs:MemberNotFound";

    /// <summary>
    /// A goal's reference does not fit its kind: a body-metric goal without a metric, a personal-record goal without exactly one of
    /// a workout or an exercise with its rep max, or fields of the other kind given; data <c>field</c>.
    /// </summary>
    public const string InvalidGoalReference = "Programs:InvalidGoalReference";

    /// <summary>A goal's scoring type is missing for a workout, is not <see cref="ScoringType.Load"/> for an exercise, differs from the workout's, or is <see cref="ScoringType.NoScore"/>.</summary>
    public const string InvalidGoalScoringType = "Programs:InvalidGoalScoringType";

    /// <summary>A goal's target score is negative or too large (<see cref="GoalConsts.MaxTargetScore"/>); data <c>value</c>.</summary>
    public const string InvalidGoalTarget = "Programs:InvalidGoalTarget";

    /// <summary>
    /// A body-metric goal's direction cannot be told: the member has no entry (or it equals the target) and the metric prefers
    /// neither way; give the direction.
    /// </summary>
    public const string GoalDirectionRequired = "Programs:GoalDirectionRequired";

    /// <summary>The member already has <see cref="GoalConsts.MaxGoalsPerMember"/> goals.</summary>
    public const string TooManyGoals = "Programs:TooManyGoals";

    /// <summary>An abandoned goal cannot be changed or abandoned again; data <c>goalId</c>.</summary>
    public const string GoalAbandoned = "Programs:GoalAbandoned";

    /// <summary>A goal's due date lies before the day it is set (in the tenant's zone); data <c>dueDate</c>, <c>today</c>.</summary>
    public const string GoalDueDateInPast = "Programs:GoalDueDateInPast";
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

    /// <summary>A date range is reversed or longer than <see cref="ProgrammingConsts.MaxDateRangeDays"/> days; data <c>from</c>, <c>to</c>.</summary>
    public const string InvalidDateRange = "Programs:InvalidDateRange";

    /// <summary>A result target reference does not name exactly one of a published workout, an assignment or a workout.</summary>
    public const string InvalidResultTarget = "Programs:InvalidResultTarget";

    /// <summary>A published workout version is not visible yet (before its visible-from instant) or was unpublished; data <c>publishedWorkoutId</c>.</summary>
    public const string WorkoutNotPublished = "Programs:WorkoutNotPublished";

    /// <summary>A workout assignment belongs to another member; data <c>assignmentId</c>.</summary>
    public const string AssignmentNotForMember = "Programs:AssignmentNotForMember";

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

}
