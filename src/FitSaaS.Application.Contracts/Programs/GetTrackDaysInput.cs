using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>A range of a track's local dates, both ends included, at most <see cref="ProgrammingConsts.MaxDateRangeDays"/> days.</summary>
public sealed class GetTrackDaysInput
{
    /// <summary>First local date.</summary>
    [Required]
    public DateOnly? From { get; init; }

    /// <summary>Last local date (on or after <see cref="From"/>).</summary>
    [Required]
    public DateOnly? To { get; init; }
}
