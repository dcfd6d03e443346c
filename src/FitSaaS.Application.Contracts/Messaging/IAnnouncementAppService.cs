using FitSaaS.Framework.Application;

namespace FitSaaS.Messaging;

/// <summary>
/// Staff's announcements (<c>/api/messaging/announcements</c>, permission <c>FitSaaS.Messaging.Announcements.Manage</c>):
/// write a draft, publish it now or schedule it, cancel it before delivery, and follow its delivery and read receipts.
/// Delivery runs in background batches (<see cref="AnnouncementConsts.DeliveryBatchSize"/> recipients each).
/// </summary>
public interface IAnnouncementAppService : IApplicationService
{
    /// <summary>Writes a draft.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Messaging:AudienceReferenceNotFound</c>.</exception>
    Task<AnnouncementDto> CreateAsync(CreateAnnouncementDto input);

    /// <summary>Changes a draft.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Messaging:AnnouncementNotDraft</c>, <c>Messaging:AudienceReferenceNotFound</c>.</exception>
    Task<AnnouncementDto> UpdateAsync(Guid id, UpdateAnnouncementDto input);

    /// <summary>Publishes a draft or scheduled announcement now: <c>POST /api/messaging/announcements/{id}/publish</c>; delivery follows in the background.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Messaging:AnnouncementNotPublishable</c>, <c>Messaging:AudienceReferenceNotFound</c>, <c>Messaging:AudienceEmpty</c>.
    /// </exception>
    Task<AnnouncementDto> PublishAsync(Guid id);

    /// <summary>Schedules a draft (or moves a scheduled one): <c>POST /api/messaging/announcements/{id}/schedule</c>.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Messaging:AnnouncementNotPublishable</c>, <c>Messaging:AnnouncementScheduleInPast</c>,
    /// <c>Messaging:AudienceReferenceNotFound</c>, <c>Messaging:AudienceEmpty</c>.
    /// </exception>
    Task<AnnouncementDto> ScheduleAsync(Guid id, ScheduleAnnouncementDto input);

    /// <summary>Cancels a draft or scheduled announcement: <c>POST /api/messaging/announcements/{id}/cancel</c>.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Messaging:AnnouncementNotCancellable</c>.</exception>
    Task<AnnouncementDto> CancelAsync(Guid id);

    /// <summary>One announcement with its recipient and read counts.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    Task<AnnouncementDto> GetAsync(Guid id);

    /// <summary>The gym's announcements, newest first.</summary>
    Task<PagedResultDto<AnnouncementDto>> GetListAsync(GetAnnouncementListInput input);

    /// <summary>Who received and read it: <c>GET /api/messaging/announcements/{id}/receipts</c>.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    Task<PagedResultDto<AnnouncementReceiptDto>> GetReceiptsAsync(Guid id, GetAnnouncementReceiptListInput input);
}
