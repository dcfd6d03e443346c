using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Messaging;

/// <summary>Input of <see cref="IAnnouncementAppService.ScheduleAsync"/>.</summary>
public sealed class ScheduleAnnouncementDto
{
    /// <summary>When to publish it (UTC instant, in the future).</summary>
    [Required]
    public DateTime? ScheduledAtUtc { get; init; }
}
