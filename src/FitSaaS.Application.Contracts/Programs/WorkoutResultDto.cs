namespace FitSaaS.Programs;

/// <summary>A workout or lift result with its personal-record flags.</summary>
public sealed class WorkoutResultDto
{
    /// <summary>The result's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The member (a user id).</summary>
    public Guid MemberId { get; init; }

    /// <summary>Who logged it (the member, or staff).</summary>
    public Guid LoggedByUserId { get; init; }

    /// <summary>When it was logged (UTC).</summary>
    public DateTime LoggedAt { get; init; }

    /// <summary>The published workout version; null otherwise.</summary>
    public Guid? PublishedWorkoutId { get; init; }

    /// <summary>The assignment; null otherwise.</summary>
    public Guid? AssignmentId { get; init; }

    /// <summary>The library workout; null for a lift.</summary>
    public Guid? WorkoutId { get; init; }

    /// <summary>The workout's version shown; null for a lift.</summary>
    public int? WorkoutVersion { get; init; }

    /// <summary>The workout whose personal records it counts toward; null for a lift.</summary>
    public Guid? PersonalRecordWorkoutId { get; init; }

    /// <summary>The exercise of a lift; null otherwise.</summary>
    public Guid? ExerciseId { get; init; }

    /// <summary>The rep-max scheme of a lift; null otherwise.</summary>
    public int? RepMax { get; init; }

    /// <summary>The track; null when not published.</summary>
    public Guid? TrackId { get; init; }

    /// <summary>The track's or assignment's local date; null otherwise.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The title as shown.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>How it is scored.</summary>
    public ScoringType ScoringType { get; init; }

    /// <summary>The time cap in seconds; null when none.</summary>
    public int? TimeCapSeconds { get; init; }

    /// <summary>Rx or scaled.</summary>
    public WorkoutDivision Division { get; init; }

    /// <summary>The score.</summary>
    public ScoreDto Score { get; init; } = new();

    /// <summary>When it was performed (UTC).</summary>
    public DateTime PerformedAt { get; init; }

    /// <summary>Notes; null when none.</summary>
    public string? Notes { get; init; }

    /// <summary>It was a personal record when performed.</summary>
    public bool IsPersonalRecord { get; init; }

    /// <summary>It is the current personal record of its key.</summary>
    public bool IsCurrentPersonalRecord { get; init; }
}
