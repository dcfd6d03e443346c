using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Emailing;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Messaging;

/// <summary>
/// Sends notification e-mails (<see cref="NotificationEmailDelivery"/>, the e-mail outbox): the deliveries one event
/// created, queued once after its unit of work commits, or those that waited for the same end of quiet hours. No
/// transaction is held while a message is delivered: each delivery is first claimed by one statement that records
/// <see cref="NotificationEmailDelivery.SentAtUtc"/> only while it is still unsent, then delivered through
/// <see cref="IEmailDelivery"/> with the delivery's own Message-Id. A delivery another run claimed is skipped, so a re-run, a
/// duplicate job or a second instance, also at the same time, sends each e-mail once. When a delivery fails its claim is
/// released and the job fails, so the job engine retries it with back-off and the retry sends only what is unsent. A
/// recipient without a valid address is recorded as skipped. Only a process that dies between a claim and its delivery
/// loses that one e-mail. Everything, the e-mail settings read by <see cref="IEmailDelivery"/> included, runs in the job's
/// own non-transactional scope: the job engine's unit of work around the job is transactional, and on SQLite a statement
/// there would hold the database's write lock that the claims wait for. Logs carry counts and ids, never addresses or bodies.
/// </summary>
/// <param name="scopeFactory">Creates the job's scope.</param>
/// <param name="clock">The clock.</param>
/// <param name="logger">The logger.</param>
/// <param name="decorateDelivery">Wraps the scope's <see cref="IEmailDelivery"/> (tests record or fail deliveries); none by default.</param>
public sealed partial class NotificationEmailJob(
    IServiceScopeFactory scopeFactory,
    TimeProvider clock,
    ILogger<NotificationEmailJob> logger,
    Func<IEmailDelivery, IEmailDelivery>? decorateDelivery = null) : IBackgroundJob<NotificationEmailArgs>
{
    /// <inheritdoc/>
    public async Task ExecuteAsync(NotificationEmailArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (sent, skipped) = await scopeFactory.RunInUnitOfWorkAsync(
            new UnitOfWorkOptions { IsTransactional = false },
            (services, ct) => SendAsync(services, args.DeliveryIds.Distinct().ToList(), ct),
            cancellationToken);
        LogSent(logger, args.DeliveryIds.Count, sent, skipped);
    }

    private async Task<(int Sent, int Skipped)> SendAsync(IServiceProvider services, List<Guid> ids, CancellationToken cancellationToken)
    {
        var deliveries = services.GetRequiredService<INotificationEmailDeliveryRepository>();
        var emailDelivery = services.GetRequiredService<IEmailDelivery>();
        emailDelivery = decorateDelivery?.Invoke(emailDelivery) ?? emailDelivery;
        var pending = await deliveries.GetUnsentAsync(ids, cancellationToken);
        if (pending.Count == 0)
        {
            return (0, 0);
        }

        var emails = await services.GetRequiredService<IIdentityUserReadRepository>()
            .GetEmailsOfAsync(pending.Select(d => d.RecipientUserId).Distinct().ToList(), cancellationToken);
        int sent = 0, skipped = 0;
        foreach (var delivery in pending)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var hasAddress = emails.TryGetValue(delivery.RecipientUserId, out var email) && !string.IsNullOrWhiteSpace(email);
            if (!await deliveries.MarkSentAsync(delivery.Id, now, skipped: !hasAddress, cancellationToken))
            {
                continue; // claimed by another run
            }

            if (!hasAddress)
            {
                skipped++;
                continue;
            }

            try
            {
                await emailDelivery.DeliverAsync(new EmailMessage(email!, delivery.Subject, delivery.Body), delivery.MessageId, cancellationToken);
                sent++;
            }
            catch (ArgumentException)
            {
                // An address the mail library refuses: retrying cannot help.
                await deliveries.MarkSkippedAsync(delivery.Id, cancellationToken);
                skipped++;
            }
            catch (Exception)
            {
                await deliveries.ReleaseAsync(delivery.Id, now, CancellationToken.None);
                LogFailed(logger, ids.Count, sent, skipped);
                throw;
            }
        }

        return (sent, skipped);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification e-mail job: {Sent} sent, {Skipped} without an address, of {Count} deliveries.")]
    private static partial void LogSent(ILogger logger, int count, int sent, int skipped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification e-mail job failed after {Sent} sent and {Skipped} skipped of {Count} deliveries; it will be retried for the rest.")]
    private static partial void LogFailed(ILogger logger, int count, int sent, int skipped);
}
