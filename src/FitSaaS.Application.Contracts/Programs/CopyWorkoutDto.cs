using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>Input of <see cref="IWorkoutAppService.CopyAsync"/>.</summary>
public sealed class CopyWorkoutDto
{
    /// <summary>The copy's title; null keeps the source's title.</summary>
    [StringLength(ProgrammingConsts.MaxTitleLength)]
    public string? Title { get; init; }
}
