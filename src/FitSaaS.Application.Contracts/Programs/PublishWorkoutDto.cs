using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>Input of <see cref="ITrackAppService.PublishAsync"/>: a workout for a track's date (a new version when the date has one).</summary>
public sealed class PublishWorkoutDto
{
    /// <summary>The track's local date.</summary>
    [Required]
    public DateOnly? Date { get; init; }

    /// <summary>The workout (global or the tenant's own); its current version is snapshotted.</summary>
    [Required]
    public Guid? WorkoutId { get; init; }

    /// <summary>A custom instant members see it from (UTC); null for the track's publish time.</summary>
    public DateTime? VisibleFromUtc { get; init; }

    /// <summary>The coach's notes for the day; null when none.</summary>
    [StringLength(ProgrammingConsts.MaxNotesLength)]
    public string? Notes { get; init; }
}
