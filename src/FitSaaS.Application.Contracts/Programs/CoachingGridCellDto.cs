namespace FitSaaS.Programs;

/// <summary>One assignment in the coaching grid.</summary>
public sealed class CoachingGridCellDto
{
    /// <summary>The local date.</summary>
    public DateOnly Date { get; init; }

    /// <summary>The assignment.</summary>
    public Guid AssignmentId { get; init; }

    /// <summary>The workout's title.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>True when the member logged a result for it.</summary>
    public bool IsCompleted { get; init; }
}
