using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Programs;

/// <summary>
/// A member's result: for a workout (a published version, an assignment or a library workout such as a benchmark; the
/// scoring rules, title, track and date are a snapshot of the version the member was shown) or for a lift (an exercise with
/// a rep-max scheme, scored by load). The score is kept in canonical units with the entered unit for display. Created,
/// changed and deleted through <see cref="WorkoutResultManager"/>, which keeps the personal-record flags of its key right.
/// </summary>
public sealed class WorkoutResult : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private WorkoutResult()
    {
        // EF Core
        Title = null!;
    }

    private WorkoutResult(Guid id, Guid? tenantId, Guid memberId, Guid loggedByUserId, DateTime loggedAtUtc, string title)
        : base(id)
    {
        TenantId = tenantId;
        MemberId = memberId;
        LoggedByUserId = loggedByUserId;
        LoggedAtUtc = loggedAtUtc;
        Title = Truncate(title, WorkoutResultConsts.MaxTitleLength);
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The member (a user id of the tenant).</summary>
    public Guid MemberId { get; private set; }

    /// <summary>Who logged it: the member, or staff logging for the member.</summary>
    public Guid LoggedByUserId { get; private set; }

    /// <summary>When it was logged (UTC); orders results performed at the same instant.</summary>
    public DateTime LoggedAtUtc { get; private set; }

    /// <summary>The published workout version it is for; null otherwise.</summary>
    public Guid? PublishedWorkoutId { get; private set; }

    /// <summary>The assignment it completes; null otherwise.</summary>
    public Guid? AssignmentId { get; private set; }

    /// <summary>The library workout (for a workout result); null for a lift.</summary>
    public Guid? WorkoutId { get; private set; }

    /// <summary>The workout's version the member was shown; null for a lift.</summary>
    public int? WorkoutVersion { get; private set; }

    /// <summary>The workout whose personal records it counts toward (the benchmark, else the workout); null for a lift.</summary>
    public Guid? PersonalRecordWorkoutId { get; private set; }

    /// <summary>The exercise lifted; null for a workout result.</summary>
    public Guid? ExerciseId { get; private set; }

    /// <summary>The rep-max scheme of a lift (1 = 1RM, 3 = 3RM, …); null for a workout result.</summary>
    public int? RepMax { get; private set; }

    /// <summary>The track it was published on; null when not published.</summary>
    public Guid? TrackId { get; private set; }

    /// <summary>The track's or assignment's local date; null otherwise.</summary>
    public DateOnly? Date { get; private set; }

    /// <summary>The title as shown (the workout's, or the exercise's name with the scheme, e.g. <c>Back Squat 3RM</c>).</summary>
    public string Title { get; private set; }

    /// <summary>How it is scored (snapshot; <see cref="ScoringType.Load"/> for a lift).</summary>
    public ScoringType ScoringType { get; private set; }

    /// <summary>The time cap in seconds (snapshot); null when none.</summary>
    public int? TimeCapSeconds { get; private set; }

    /// <summary>Whether the workout defines a scaled level (snapshot; always true for a lift).</summary>
    public bool HasScaledLevel { get; private set; }

    /// <summary>Rx or scaled.</summary>
    public WorkoutDivision Division { get; private set; }

    /// <summary>The canonical score value (see <see cref="WorkoutScore.Value"/>); null for no score.</summary>
    public decimal? ScoreValue { get; private set; }

    /// <summary>For time: capped ("CAP + reps").</summary>
    public bool IsCapped { get; private set; }

    /// <summary>AMRAP rounds; otherwise null.</summary>
    public int? ScoreRounds { get; private set; }

    /// <summary>AMRAP extra reps, or reps done at the cap; otherwise null.</summary>
    public int? ScoreReps { get; private set; }

    /// <summary>The unit the score was entered in.</summary>
    public ScoreUnit DisplayUnit { get; private set; }

    /// <summary>The number as entered in <see cref="DisplayUnit"/>; null for AMRAP, capped and no score.</summary>
    public decimal? DisplayValue { get; private set; }

    /// <summary>When it was performed (UTC); may be back-dated.</summary>
    public DateTime PerformedAtUtc { get; private set; }

    /// <summary>The member's notes; null when none.</summary>
    public string? Notes { get; private set; }

    /// <summary>
    /// The personal-record key (<c>W:{workout}:{scoring}:{division}</c> or <c>E:{exercise}:{n}RM:{division}</c>); null for
    /// an unscored workout (never a record).
    /// </summary>
    public string? PersonalRecordKey { get; private set; }

    /// <summary>It was a personal record when performed.</summary>
    public bool IsPersonalRecord { get; private set; }

    /// <summary>It is its key's current personal record.</summary>
    public bool IsCurrentPersonalRecord { get; private set; }

    /// <summary>The score.</summary>
    public WorkoutScore Score => WorkoutScore.FromStored(ScoringType, ScoreValue, IsCapped, ScoreRounds, ScoreReps, DisplayUnit, DisplayValue);

    /// <summary>The personal-record key of a workout.</summary>
    public static string WorkoutKey(Guid personalRecordWorkoutId, ScoringType scoringType, WorkoutDivision division) =>
        $"W:{personalRecordWorkoutId:N}:{scoringType}:{division}";

    /// <summary>The personal-record key of a lift.</summary>
    public static string LiftKey(Guid exerciseId, int repMax, WorkoutDivision division) =>
        $"E:{exerciseId:N}:{repMax}RM:{division}";

    /// <summary>Creates a workout result from a resolved target (a snapshot of its scoring rules and where it was published).</summary>
    internal static WorkoutResult ForWorkout(Guid id, Guid? tenantId, Guid memberId, Guid loggedByUserId, DateTime loggedAtUtc, WorkoutResultTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new WorkoutResult(id, tenantId, memberId, loggedByUserId, loggedAtUtc, target.Title)
        {
            PublishedWorkoutId = target.PublishedWorkoutId,
            AssignmentId = target.AssignmentId,
            WorkoutId = target.WorkoutId,
            WorkoutVersion = target.WorkoutVersion,
            PersonalRecordWorkoutId = target.PersonalRecordWorkoutId,
            TrackId = target.TrackId,
            Date = target.Date,
            ScoringType = target.ScoringType,
            TimeCapSeconds = target.TimeCapSeconds,
            HasScaledLevel = target.HasScaledLevel,
        };
    }

    /// <summary>Creates a lift result (scored by load).</summary>
    internal static WorkoutResult ForLift(Guid id, Guid? tenantId, Guid memberId, Guid loggedByUserId, DateTime loggedAtUtc, Guid exerciseId, int repMax, string title) =>
        new(id, tenantId, memberId, loggedByUserId, loggedAtUtc, title)
        {
            ExerciseId = exerciseId,
            RepMax = repMax,
            ScoringType = ScoringType.Load,
            HasScaledLevel = true,
        };

    /// <summary>Sets what the member did (checked by the manager).</summary>
    internal void Set(WorkoutDivision division, WorkoutScore score, DateTime performedAtUtc, string? notes)
    {
        ArgumentNullException.ThrowIfNull(score);
        Division = division;
        ScoreValue = score.Value;
        IsCapped = score.IsCapped;
        ScoreRounds = score.Rounds;
        ScoreReps = score.Reps;
        DisplayUnit = score.DisplayUnit;
        DisplayValue = score.DisplayValue;
        PerformedAtUtc = performedAtUtc;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : Truncate(notes.Trim(), WorkoutResultConsts.MaxNotesLength);
        PersonalRecordKey = ExerciseId is { } exercise
            ? LiftKey(exercise, RepMax ?? 1, division)
            : ScoringType == ScoringType.NoScore || PersonalRecordWorkoutId is null ? null : WorkoutKey(PersonalRecordWorkoutId.Value, ScoringType, division);
    }

    /// <summary>Sets the personal-record flags computed by <see cref="PersonalRecordChain"/>.</summary>
    internal void SetPersonalRecordFlags(PersonalRecordFlags flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        IsPersonalRecord = flags.IsPersonalRecord;
        IsCurrentPersonalRecord = flags.IsCurrentPersonalRecord;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
