using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Bookings;

/// <summary>Staff cancel a session: every booking of it is cancelled without penalty; members are told the reason.</summary>
public sealed class CancelClassSessionDto
{
    /// <summary>Why (shown to members, e.g. "Coach ill"), 1–256 characters.</summary>
    [Required]
    [StringLength(ClassSessionConsts.MaxCancellationReasonLength, MinimumLength = 1)]
    public string? Reason { get; init; }
}
