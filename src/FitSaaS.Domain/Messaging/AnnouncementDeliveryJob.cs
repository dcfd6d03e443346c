using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Messaging;

/// <summary>
/// Delivers announcements in batches (schedule <see cref="ScheduleName"/>, every minute for every active tenant, plus one
/// queued run per announcement published now). An announcement is claimed in its own transaction under its lock (a
/// scheduled one whose instant has come becomes delivering); its audience is resolved once per run (ascending user ids);
/// then each batch of <see cref="AnnouncementConsts.DeliveryBatchSize"/> recipients is one transaction that takes the lock,
/// reads the announcement fresh, skips the users already holding a receipt, stores the receipts and publishes the batch's
/// <see cref="AnnouncementDeliveredEto"/> through the outbox. A re-run or a second instance waits for the lock and then
/// finds the work done: one receipt per member and one event per batch.
/// </summary>
public sealed partial class AnnouncementDeliveryJob(
    IServiceScopeFactory scopeFactory,
    TimeProvider clock,
    ILogger<AnnouncementDeliveryJob> logger) : IBackgroundJob<AnnouncementDeliveryArgs>
{
    /// <summary>The recurring schedule's name.</summary>
    public const string ScheduleName = "Messaging.AnnouncementDelivery";

    /// <summary>Default cron (UTC): every minute.</summary>
    public const string DefaultCron = "* * * * *";

    /// <inheritdoc/>
    public async Task ExecuteAsync(AnnouncementDeliveryArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = args.AnnouncementId is { } id
            ? [id]
            : await scopeFactory.RunInUnitOfWorkAsync(
                new UnitOfWorkOptions { IsTransactional = false },
                (services, ct) => services.GetRequiredService<IAnnouncementRepository>().GetIdsToDeliverAsync(now, ct),
                cancellationToken);
        foreach (var announcementId in ids)
        {
            await DeliverAsync(announcementId, cancellationToken);
        }
    }

    private async Task DeliverAsync(Guid id, CancellationToken cancellationToken)
    {
        // Claim: a scheduled announcement whose instant has come starts delivering (once, under its lock).
        var claimed = await scopeFactory.RunInUnitOfWorkAsync<Claim?>(
            new UnitOfWorkOptions { IsTransactional = true },
            async (services, ct) =>
            {
                var announcement = await LockAndFindAsync(services, id, ct);
                if (announcement is null)
                {
                    return null;
                }

                var now = clock.GetUtcNow().UtcDateTime;
                if (announcement.IsDue(now))
                {
                    announcement.Publish(now);
                    await services.GetRequiredService<IAnnouncementRepository>().UpdateAsync(announcement, cancellationToken: ct);
                }

                return announcement.Status == AnnouncementStatus.Delivering
                    ? new Claim(announcement.AudienceKind, announcement.AudienceReferenceId, now)
                    : null;
            },
            cancellationToken);
        if (claimed is not { } claim)
        {
            return;
        }

        var audience = await scopeFactory.RunInUnitOfWorkAsync(
            new UnitOfWorkOptions { IsTransactional = false },
            (services, ct) => services.GetRequiredService<IAnnouncementAudienceResolver>().GetUserIdsAsync(claim.Kind, claim.ReferenceId, claim.AtUtc, ct),
            cancellationToken);

        var batches = 0;
        while (await scopeFactory.RunInUnitOfWorkAsync(
            new UnitOfWorkOptions { IsTransactional = true },
            async (services, ct) =>
            {
                var announcement = await LockAndFindAsync(services, id, ct);
                if (announcement is null)
                {
                    return false;
                }

                var more = await services.GetRequiredService<AnnouncementManager>().DeliverNextBatchAsync(announcement, audience, clock.GetUtcNow().UtcDateTime, ct);
                await services.GetRequiredService<IAnnouncementRepository>().UpdateAsync(announcement, cancellationToken: ct);
                return more;
            },
            cancellationToken))
        {
            batches++;
        }

        LogDelivered(logger, id, batches);
    }

    private static async Task<Announcement?> LockAndFindAsync(IServiceProvider services, Guid id, CancellationToken cancellationToken)
    {
        var tenantId = services.GetRequiredService<ICurrentTenant>().Id;
        await services.GetRequiredService<IQuotaLock>().AcquireAsync(LockKey(tenantId, id), cancellationToken);
        return await services.GetRequiredService<IAnnouncementRepository>().FindAsync(id, cancellationToken);
    }

    /// <summary>The lock key of one announcement (taken by the job and by staff's publish, schedule and cancel).</summary>
    public static string LockKey(Guid? tenantId, Guid announcementId) => $"Messaging.Announcement:{tenantId:N}:{announcementId:N}";

    private readonly record struct Claim(AnnouncementAudienceKind Kind, Guid? ReferenceId, DateTime AtUtc);

    [LoggerMessage(Level = LogLevel.Information, Message = "Announcement {AnnouncementId} delivery run: {Batches} batch(es).")]
    private static partial void LogDelivered(ILogger logger, Guid announcementId, int batches);
}
