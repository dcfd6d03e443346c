using FitSaaS.Framework.BackgroundJobs;

namespace FitSaaS.Messaging;

/// <summary>Arguments of <see cref="NotificationEmailJob"/>: the deferred e-mail delivery to send.</summary>
/// <param name="DeliveryId">The <see cref="NotificationEmailDelivery"/>.</param>
[BackgroundJobName("Messaging.NotificationEmail")]
public sealed record NotificationEmailArgs(Guid DeliveryId);
