using FitSaaS.Framework.Application;

namespace FitSaaS.Messaging;

/// <summary>
/// The announcements delivered to the caller (<c>/api/messaging/my-announcements</c>, permission
/// <c>FitSaaS.Messaging.Announcements</c>): list them, read one (storing the read receipt) or mark one read. An announcement
/// not delivered to the caller is reported as missing.
/// </summary>
public interface IMyAnnouncementAppService : IApplicationService
{
    /// <summary>The caller's announcements, newest delivery first, with their read flags.</summary>
    Task<PagedResultDto<MyAnnouncementDto>> GetListAsync(GetMyAnnouncementListInput input);

    /// <summary>One of the caller's announcements (does not mark it read).</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Not delivered to the caller.</exception>
    Task<MyAnnouncementDto> GetAsync(Guid id);

    /// <summary>Reads one: returns it and stores the read receipt on the first read: <c>POST /api/messaging/my-announcements/{id}/read</c>.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Not delivered to the caller.</exception>
    Task<MyAnnouncementDto> ReadAsync(Guid id);

    /// <summary>Marks one read without returning it: <c>POST /api/messaging/my-announcements/{id}/mark-read</c>; idempotent.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Not delivered to the caller.</exception>
    Task MarkReadAsync(Guid id);
}
