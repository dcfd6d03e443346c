using System.Runtime.ExceptionServices;
using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Emailing;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Messaging;

/// <summary>
/// Sends notification e-mails (<see cref="NotificationEmailDelivery"/>, the e-mail outbox): the deliveries one event
/// created, queued once after its unit of work commits, or those that waited for the same end of quiet hours. In chunks of
/// <see cref="ChunkSize"/>, each one transaction that takes the chunk's delivery locks, re-reads which are still unsent,
/// delivers each through <see cref="IEmailDelivery"/> with the delivery's own Message-Id and records it as sent (or skipped,
/// without a valid address). When a delivery fails, what the chunk sent so far is still recorded and the job fails, so the job
/// engine retries it with back-off and the retry sends only the rest. A re-run, a duplicate job or a second instance waits
/// for the locks and finds the deliveries sent: one e-mail each. Only a crash between a delivery and its chunk's commit sends
/// those e-mails again, with the same Message-Id. Logs carry counts and ids, never addresses or bodies.
/// </summary>
public sealed partial class NotificationEmailJob(
    IServiceScopeFactory scopeFactory,
    IEmailDelivery emailDelivery,
    TimeProvider clock,
    ILogger<NotificationEmailJob> logger) : IBackgroundJob<NotificationEmailArgs>
{
    /// <summary>Deliveries per transaction: 25.</summary>
    public const int ChunkSize = 25;

    /// <inheritdoc/>
    public async Task ExecuteAsync(NotificationEmailArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        int sent = 0, skipped = 0;
        foreach (var chunk in args.DeliveryIds.Distinct().Chunk(ChunkSize))
        {
            var (chunkSent, chunkSkipped, failure) = await scopeFactory.RunInUnitOfWorkAsync(
                new UnitOfWorkOptions { IsTransactional = true },
                (services, ct) => SendChunkAsync(services, chunk, ct),
                cancellationToken);
            sent += chunkSent;
            skipped += chunkSkipped;
            if (failure is not null)
            {
                LogFailed(logger, args.DeliveryIds.Count, sent, skipped);
                failure.Throw();
            }
        }

        LogSent(logger, args.DeliveryIds.Count, sent, skipped);
    }

    private async Task<(int Sent, int Skipped, ExceptionDispatchInfo? Failure)> SendChunkAsync(
        IServiceProvider services, Guid[] ids, CancellationToken cancellationToken)
    {
        var tenantId = services.GetRequiredService<ICurrentTenant>().Id;
        await services.GetRequiredService<IQuotaLock>().AcquireAllAsync(ids.Select(id => LockKey(tenantId, id)).ToList(), cancellationToken);
        var deliveries = services.GetRequiredService<INotificationEmailDeliveryRepository>();
        var pending = await deliveries.GetUnsentAsync(ids, cancellationToken);
        if (pending.Count == 0)
        {
            return (0, 0, null);
        }

        var emails = await services.GetRequiredService<IIdentityUserReadRepository>()
            .GetEmailsOfAsync(pending.Select(d => d.RecipientUserId).Distinct().ToList(), cancellationToken);
        int sent = 0, skipped = 0;
        foreach (var delivery in pending)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (!emails.TryGetValue(delivery.RecipientUserId, out var email) || string.IsNullOrWhiteSpace(email))
            {
                await deliveries.MarkSentAsync(delivery.Id, now, skipped: true, cancellationToken);
                skipped++;
                continue;
            }

            try
            {
                await emailDelivery.DeliverAsync(new EmailMessage(email, delivery.Subject, delivery.Body), delivery.MessageId, cancellationToken);
            }
            catch (ArgumentException)
            {
                // An address the mail library refuses: retrying cannot help.
                await deliveries.MarkSentAsync(delivery.Id, now, skipped: true, cancellationToken);
                skipped++;
                continue;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Keep what this chunk sent: the unit of work commits it, then the job fails and is retried for the rest.
                return (sent, skipped, ExceptionDispatchInfo.Capture(exception));
            }

            await deliveries.MarkSentAsync(delivery.Id, now, skipped: false, cancellationToken);
            sent++;
        }

        return (sent, skipped, null);
    }

    private static string LockKey(Guid? tenantId, Guid deliveryId) => $"Messaging.NotificationEmail:{tenantId:N}:{deliveryId:N}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification e-mail job: {Sent} sent, {Skipped} without an address, of {Count} deliveries.")]
    private static partial void LogSent(ILogger logger, int count, int sent, int skipped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification e-mail job failed after {Sent} sent and {Skipped} skipped of {Count} deliveries; it will be retried for the rest.")]
    private static partial void LogFailed(ILogger logger, int count, int sent, int skipped);
}
