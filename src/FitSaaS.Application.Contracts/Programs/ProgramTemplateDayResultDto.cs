namespace FitSaaS.Programs;

/// <summary>What applying a template did with one day.</summary>
public sealed class ProgramTemplateDayResultDto
{
    /// <summary>The template day's offset.</summary>
    public int DayOffset { get; init; }

    /// <summary>The track's local date.</summary>
    public DateOnly Date { get; init; }

    /// <summary>The template day's workout.</summary>
    public Guid WorkoutId { get; init; }

    /// <summary>Published, skipped (the date already had a workout) or failed.</summary>
    public ProgramTemplateDayStatus Status { get; init; }

    /// <summary>The new publication (published) or the existing one (skipped); null when failed.</summary>
    public Guid? PublishedWorkoutId { get; init; }

    /// <summary>The error code when failed (e.g. <c>Programs:WorkoutNotFound</c>); null otherwise.</summary>
    public string? ErrorCode { get; init; }
}
