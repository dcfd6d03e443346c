using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>One local date of a track.</summary>
public sealed class GetTrackVersionsInput
{
    /// <summary>The local date.</summary>
    [Required]
    public DateOnly? Date { get; init; }
}
