namespace FitSaaS.Programs;

/// <summary>A member's row of the coaching grid.</summary>
public sealed class CoachingGridRowDto
{
    /// <summary>The member.</summary>
    public Guid MemberId { get; init; }

    /// <summary>The member's user name; null when unknown.</summary>
    public string? MemberName { get; init; }

    /// <summary>The member's assignments in the range, by date.</summary>
    public IReadOnlyList<CoachingGridCellDto> Cells { get; init; } = [];
}
