using FitSaaS.Framework.Application;
using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Messaging;

/// <inheritdoc cref="IAnnouncementAppService"/>
[Authorize(MessagingPermissions.Announcements.Manage)]
[RequiresFeature(MessagingFeatures.Enabled)]
public sealed class AnnouncementAppService(
    IAnnouncementRepository announcements,
    IAnnouncementReceiptRepository receipts,
    AnnouncementManager manager,
    IQuotaLock locks,
    IBackgroundJobManager backgroundJobs,
    IUnitOfWorkManager unitOfWorkManager,
    ICurrentTenant currentTenant,
    TimeProvider clock) : ApplicationService, IAnnouncementAppService
{
    /// <inheritdoc/>
    public async Task<AnnouncementDto> CreateAsync(CreateAnnouncementDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var announcement = await manager.CreateAsync(input.Title!, input.Body!, input.AudienceKind!.Value, input.AudienceReferenceId);
        await announcements.InsertAsync(announcement, autoSave: true);
        return announcement.ToDto();
    }

    /// <inheritdoc/>
    public async Task<AnnouncementDto> UpdateAsync(Guid id, UpdateAnnouncementDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var announcement = await GetLockedAsync(id);
        await manager.ChangeAsync(announcement, input.Title!, input.Body!, input.AudienceKind!.Value, input.AudienceReferenceId);
        await announcements.UpdateAsync(announcement, autoSave: true);
        return announcement.ToDto();
    }

    /// <inheritdoc/>
    public async Task<AnnouncementDto> PublishAsync(Guid id)
    {
        var announcement = await GetLockedAsync(id);
        await manager.PublishAsync(announcement, Now());
        await announcements.UpdateAsync(announcement, autoSave: true);
        QueueDelivery(announcement.Id);
        return announcement.ToDto();
    }

    /// <inheritdoc/>
    public async Task<AnnouncementDto> ScheduleAsync(Guid id, ScheduleAnnouncementDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var announcement = await GetLockedAsync(id);
        var at = DateTime.SpecifyKind(input.ScheduledAtUtc!.Value.Kind == DateTimeKind.Local ? input.ScheduledAtUtc.Value.ToUniversalTime() : input.ScheduledAtUtc.Value, DateTimeKind.Utc);
        await manager.ScheduleAsync(announcement, at, Now());
        await announcements.UpdateAsync(announcement, autoSave: true);
        return announcement.ToDto();
    }

    /// <inheritdoc/>
    public async Task<AnnouncementDto> CancelAsync(Guid id)
    {
        var announcement = await GetLockedAsync(id);
        announcement.Cancel(Now());
        await announcements.UpdateAsync(announcement, autoSave: true);
        return announcement.ToDto();
    }

    /// <inheritdoc/>
    public async Task<AnnouncementDto> GetAsync(Guid id)
    {
        var announcement = await announcements.GetAsync(id);
        return announcement.ToDto(await receipts.CountReadAsync(id));
    }

    /// <inheritdoc/>
    public async Task<PagedResultDto<AnnouncementDto>> GetListAsync(GetAnnouncementListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (items, total) = await announcements.GetPagedListAsync(input.Status, input.AudienceKind, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<AnnouncementDto>(total, items.Select(a => a.ToDto()).ToList());
    }

    /// <inheritdoc/>
    public async Task<PagedResultDto<AnnouncementReceiptDto>> GetReceiptsAsync(Guid id, GetAnnouncementReceiptListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        _ = await announcements.GetAsync(id);
        var (items, total) = await receipts.GetPagedListAsync(id, input.Read, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<AnnouncementReceiptDto>(total, items.Select(r => r.ToDto()).ToList());
    }

    /// <summary>The announcement under its lock (the delivery job takes the same one), read after taking it.</summary>
    private async Task<Announcement> GetLockedAsync(Guid id)
    {
        await locks.AcquireAsync(AnnouncementDeliveryJob.LockKey(currentTenant.Id, id));
        return await announcements.GetAsync(id);
    }

    /// <summary>Queues the delivery once the publication is committed (never on rollback).</summary>
    private void QueueDelivery(Guid id)
    {
        var args = new AnnouncementDeliveryArgs { AnnouncementId = id };
        var (tenantId, tenantName) = (currentTenant.Id, currentTenant.Name);
        if (unitOfWorkManager.Current is { } unitOfWork)
        {
            unitOfWork.OnCompleted(async () =>
            {
                using (currentTenant.Change(tenantId, tenantName))
                {
                    await backgroundJobs.EnqueueAsync(args, cancellationToken: CancellationToken.None);
                }
            });
        }
    }

    private DateTime Now()
    {
        var ticks = clock.GetUtcNow().UtcTicks;
        return new DateTime(ticks - (ticks % 10), DateTimeKind.Utc);
    }
}
