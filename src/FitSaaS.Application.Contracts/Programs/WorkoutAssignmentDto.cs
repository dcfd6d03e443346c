namespace FitSaaS.Programs;

/// <summary>A workout assigned to a member for a date.</summary>
public sealed class WorkoutAssignmentDto
{
    /// <summary>The assignment id (results reference it).</summary>
    public Guid Id { get; init; }

    /// <summary>The member.</summary>
    public Guid MemberId { get; init; }

    /// <summary>The coach who assigned it.</summary>
    public Guid CoachId { get; init; }

    /// <summary>The member's local date.</summary>
    public DateOnly Date { get; init; }

    /// <summary>The template it came from; null for a single workout.</summary>
    public Guid? ProgramTemplateId { get; init; }

    /// <summary>The coach's notes; null when none.</summary>
    public string? Notes { get; init; }

    /// <summary>The workout as assigned.</summary>
    public WorkoutSnapshotDto Workout { get; init; } = new();
}
