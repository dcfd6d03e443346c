namespace FitSaaS.Programs;

/// <summary>A day of a program template: a workout on a day offset from the start (0 = the start date). Immutable.</summary>
public sealed record ProgramTemplateDay
{
    /// <summary>Days after the start date (0-based, below the template's weeks × 7).</summary>
    public int DayOffset { get; init; }

    /// <summary>The workout (global or the tenant's own).</summary>
    public Guid WorkoutId { get; init; }
}
