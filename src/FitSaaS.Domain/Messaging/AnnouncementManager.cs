using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Messaging;

/// <summary>
/// Creates announcements with a validated audience, publishes and schedules them (refusing an audience that matches nobody),
/// and delivers one batch of recipients (<see cref="DeliverNextBatchAsync"/>).
/// </summary>
public sealed class AnnouncementManager(
    IAnnouncementAudienceResolver audiences,
    IAnnouncementReceiptRepository receipts,
    IDistributedEventBus eventBus,
    IGuidGenerator guidGenerator,
    ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>A new draft.</summary>
    /// <exception cref="BusinessException"><c>Messaging:AudienceReferenceNotFound</c>.</exception>
    /// <exception cref="ArgumentException">The title, body or audience is invalid (see <see cref="Announcement"/>).</exception>
    public async Task<Announcement> CreateAsync(string title, string body, AnnouncementAudienceKind audienceKind, Guid? audienceReferenceId, CancellationToken cancellationToken = default)
    {
        var announcement = new Announcement(guidGenerator.Create(), currentTenant.Id, title, body, audienceKind, audienceReferenceId);
        await EnsureReferenceAsync(audienceKind, audienceReferenceId, cancellationToken);
        return announcement;
    }

    /// <summary>Changes a draft.</summary>
    /// <exception cref="BusinessException"><c>Messaging:AnnouncementNotDraft</c>, <c>Messaging:AudienceReferenceNotFound</c>.</exception>
    public async Task ChangeAsync(Announcement announcement, string title, string body, AnnouncementAudienceKind audienceKind, Guid? audienceReferenceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        announcement.Change(title, body, audienceKind, audienceReferenceId);
        await EnsureReferenceAsync(audienceKind, audienceReferenceId, cancellationToken);
    }

    /// <summary>Starts delivery now (the caller queues the delivery job after saving).</summary>
    /// <exception cref="BusinessException">
    /// <c>Messaging:AnnouncementNotPublishable</c>, <c>Messaging:AudienceReferenceNotFound</c>, <c>Messaging:AudienceEmpty</c>.
    /// </exception>
    public async Task PublishAsync(Announcement announcement, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        announcement.Publish(nowUtc);
        await EnsureAudienceAsync(announcement, nowUtc, cancellationToken);
    }

    /// <summary>Schedules it for <paramref name="atUtc"/> (the due-delivery job publishes it then).</summary>
    /// <exception cref="BusinessException">
    /// <c>Messaging:AnnouncementNotPublishable</c>, <c>Messaging:AnnouncementScheduleInPast</c>,
    /// <c>Messaging:AudienceReferenceNotFound</c>, <c>Messaging:AudienceEmpty</c>.
    /// </exception>
    public async Task ScheduleAsync(Announcement announcement, DateTime atUtc, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        announcement.Schedule(atUtc, nowUtc);
        await EnsureAudienceAsync(announcement, nowUtc, cancellationToken);
    }

    /// <summary>
    /// Delivers the next batch of a delivering announcement: the first <see cref="AnnouncementConsts.DeliveryBatchSize"/> user
    /// ids of <paramref name="audience"/> (ascending) without a receipt get one, and one <see cref="AnnouncementDeliveredEto"/>
    /// numbered <see cref="Announcement.BatchCount"/> is published in the same unit of work; when none is left the
    /// announcement completes. The caller holds the announcement's lock and read it fresh in this transaction.
    /// </summary>
    /// <returns>True when a batch was delivered (call again); false when it completed or is not delivering.</returns>
    public async Task<bool> DeliverNextBatchAsync(Announcement announcement, IReadOnlyList<Guid> audience, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        ArgumentNullException.ThrowIfNull(audience);
        if (announcement.Status != AnnouncementStatus.Delivering)
        {
            return false;
        }

        var done = await receipts.GetUserIdsAsync(announcement.Id, cancellationToken);
        var batch = audience.Where(id => !done.Contains(id)).Distinct().Order().Take(AnnouncementConsts.DeliveryBatchSize).ToList();
        if (batch.Count == 0)
        {
            announcement.CompleteDelivery(nowUtc);
            return false;
        }

        await receipts.InsertManyAsync(
            batch.Select(userId => new AnnouncementReceipt(guidGenerator.Create(), announcement.TenantId, announcement.Id, userId, nowUtc)).ToList(),
            cancellationToken);
        await eventBus.PublishAsync(
            new AnnouncementDeliveredEto
            {
                AnnouncementId = announcement.Id,
                Title = announcement.Title,
                Body = announcement.Body,
                BatchNumber = announcement.BatchCount,
                RecipientUserIds = batch,
                PublishedAtUtc = announcement.PublishedAtUtc ?? nowUtc,
            },
            cancellationToken);
        announcement.RecordBatch(batch.Count);
        return true;
    }

    private async Task EnsureAudienceAsync(Announcement announcement, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await EnsureReferenceAsync(announcement.AudienceKind, announcement.AudienceReferenceId, cancellationToken);
        if (!await audiences.AnyAsync(announcement.AudienceKind, announcement.AudienceReferenceId, nowUtc, cancellationToken))
        {
            throw new BusinessException(MessagingErrorCodes.AudienceEmpty).WithData("audienceKind", announcement.AudienceKind.ToString());
        }
    }

    private async Task EnsureReferenceAsync(AnnouncementAudienceKind kind, Guid? referenceId, CancellationToken cancellationToken)
    {
        if (!await audiences.ReferenceExistsAsync(kind, referenceId, cancellationToken))
        {
            throw new BusinessException(MessagingErrorCodes.AudienceReferenceNotFound).WithData("audienceKind", kind.ToString());
        }
    }
}
