using FitSaaS.Framework.BackgroundJobs;

namespace FitSaaS.Messaging;

/// <summary>Arguments of <see cref="NotificationEmailJob"/>: the e-mail deliveries to send (those of one event, or those that waited for the same end of quiet hours).</summary>
/// <param name="DeliveryIds">The <see cref="NotificationEmailDelivery"/> ids, at most <see cref="NotificationConsts.MaxEmailsPerJob"/>.</param>
[BackgroundJobName("Messaging.NotificationEmail")]
public sealed record NotificationEmailArgs(IReadOnlyList<Guid> DeliveryIds);
