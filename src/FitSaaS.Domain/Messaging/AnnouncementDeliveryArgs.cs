using FitSaaS.Framework.BackgroundJobs;

namespace FitSaaS.Messaging;

/// <summary>
/// Arguments of <see cref="AnnouncementDeliveryJob"/>: one announcement (queued when staff publish it now), or none (the
/// recurring run: every due scheduled announcement and any still delivering).
/// </summary>
[BackgroundJobName("Messaging.AnnouncementDelivery")]
public sealed record AnnouncementDeliveryArgs
{
    /// <summary>The announcement to deliver; null = every announcement due.</summary>
    public Guid? AnnouncementId { get; init; }
}
