using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Messaging;

/// <inheritdoc cref="IMyAnnouncementAppService"/>
[Authorize(MessagingPermissions.Announcements.Default)]
[RequiresFeature(MessagingFeatures.Enabled)]
public sealed class MyAnnouncementAppService(
    IAnnouncementRepository announcements,
    IAnnouncementReceiptRepository receipts,
    ICurrentUser currentUser,
    TimeProvider clock) : ApplicationService, IMyAnnouncementAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<MyAnnouncementDto>> GetListAsync(GetMyAnnouncementListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (items, total) = await receipts.GetPagedListOfUserAsync(UserId(), input.UnreadOnly ? false : null, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<MyAnnouncementDto>(total, items.Select(x => x.Announcement.ToMyDto(x.Receipt)).ToList());
    }

    /// <inheritdoc/>
    public async Task<MyAnnouncementDto> GetAsync(Guid id)
    {
        var receipt = await GetReceiptAsync(id);
        return (await announcements.GetAsync(id)).ToMyDto(receipt);
    }

    /// <inheritdoc/>
    public async Task<MyAnnouncementDto> ReadAsync(Guid id)
    {
        var receipt = await MarkAsync(id);
        return (await announcements.GetAsync(id)).ToMyDto(receipt);
    }

    /// <inheritdoc/>
    public async Task MarkReadAsync(Guid id) => await MarkAsync(id);

    private async Task<AnnouncementReceipt> MarkAsync(Guid id)
    {
        var receipt = await GetReceiptAsync(id);
        if (receipt.MarkRead(clock.GetUtcNow().UtcDateTime))
        {
            await receipts.UpdateAsync(receipt, autoSave: true);
        }

        return receipt;
    }

    private async Task<AnnouncementReceipt> GetReceiptAsync(Guid id) =>
        await receipts.FindByUserAsync(id, UserId()) ?? throw new EntityNotFoundException(typeof(Announcement), id);

    private Guid UserId() => currentUser.Id ?? throw new InvalidOperationException("No current user.");
}
