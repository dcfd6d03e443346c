using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>Input of <see cref="ITrackAppService.UnpublishAsync"/>.</summary>
public sealed class UnpublishWorkoutDto
{
    /// <summary>The track's local date.</summary>
    [Required]
    public DateOnly? Date { get; init; }
}
