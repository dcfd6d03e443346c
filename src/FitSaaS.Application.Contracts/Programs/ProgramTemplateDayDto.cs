using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>A template day: a workout on a day offset from the start date (0 = the start date).</summary>
public sealed class ProgramTemplateDayDto
{
    /// <summary>Days after the start (0 to weeks × 7 − 1); one workout per offset.</summary>
    [Range(0, (ProgrammingConsts.MaxTemplateWeeks * 7) - 1)]
    public int DayOffset { get; init; }

    /// <summary>The workout (global or the tenant's own).</summary>
    [Required]
    public Guid? WorkoutId { get; init; }
}
