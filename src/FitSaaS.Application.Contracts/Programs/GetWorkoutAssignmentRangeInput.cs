using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>A range of local dates (both ends included, at most <see cref="ProgrammingConsts.MaxDateRangeDays"/> days), optionally of one member.</summary>
public sealed class GetWorkoutAssignmentRangeInput
{
    /// <summary>First local date.</summary>
    [Required]
    public DateOnly? From { get; init; }

    /// <summary>Last local date.</summary>
    [Required]
    public DateOnly? To { get; init; }

    /// <summary>Only this member (the coaching grid); ignored by "my assignments".</summary>
    public Guid? MemberId { get; init; }
}
