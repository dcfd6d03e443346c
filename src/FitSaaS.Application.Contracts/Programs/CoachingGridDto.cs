namespace FitSaaS.Programs;

/// <summary>The coaching grid: members × days of assignments with their completion.</summary>
public sealed class CoachingGridDto
{
    /// <summary>First local date.</summary>
    public DateOnly From { get; init; }

    /// <summary>Last local date.</summary>
    public DateOnly To { get; init; }

    /// <summary>One row per member with assignments in the range, by member name.</summary>
    public IReadOnlyList<CoachingGridRowDto> Rows { get; init; } = [];
}
