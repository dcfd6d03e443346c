using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>Input of <see cref="IProgramTemplateAppService.ApplyAsync"/>: the track and the local date of day offset 0.</summary>
public sealed class ApplyProgramTemplateDto
{
    /// <summary>The track.</summary>
    [Required]
    public Guid? TrackId { get; init; }

    /// <summary>The track's local date of day offset 0.</summary>
    [Required]
    public DateOnly? StartDate { get; init; }
}
