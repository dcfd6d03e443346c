using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Emailing;
using FitSaaS.Identity;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Messaging;

/// <summary>
/// Sends an e-mail delivery that waited for the end of the member's quiet hours. Idempotent: a delivery already queued (or
/// gone, e.g. erased) is left alone, so a re-run or a duplicate job sends nothing more.
/// </summary>
public sealed class NotificationEmailJob(
    INotificationEmailDeliveryRepository deliveries,
    IIdentityUserReadRepository users,
    IEmailSender emailSender,
    TimeProvider clock,
    ILogger<NotificationEmailJob> logger) : IBackgroundJob<NotificationEmailArgs>
{
    /// <inheritdoc/>
    public async Task ExecuteAsync(NotificationEmailArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var delivery = await deliveries.FindAsync(args.DeliveryId, cancellationToken);
        if (delivery is null || delivery.QueuedAtUtc is not null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var emails = await users.GetEmailsAsync(delivery.RecipientUserId, cancellationToken);
        if (emails.TryGetValue(delivery.RecipientUserId, out var email) && !string.IsNullOrWhiteSpace(email))
        {
            await emailSender.SendAsync(new EmailMessage(email, delivery.Subject, delivery.Body), cancellationToken);
            delivery.MarkQueued(now);
        }
        else
        {
            delivery.MarkSkipped(now);
        }

        await deliveries.UpdateAsync(delivery, autoSave: true, cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Deferred notification e-mail {DeliveryId} ({Kind}) handled.", delivery.Id, delivery.Kind);
        }
    }
}
