using FitSaaS.Framework.Application;

namespace FitSaaS.Forms;

/// <summary>
/// GDPR data subject requests (ADR 0057): staff record, process and reject members' export and erasure requests; a member
/// requests and follows their own export. Requires the <see cref="FormsFeatures.Enabled"/> feature and
/// <see cref="FormsPermissions.DataRequests.Default"/>; another member's requests, erasures, processing and rejection require
/// <see cref="FormsPermissions.DataRequests.Manage"/>. A request the caller may not see does not exist for them
/// (<c>FitSaaS:EntityNotFound</c>).
/// </summary>
[HttpApiRoute("api/forms/data-requests")]
public interface IDataSubjectRequestAppService : IApplicationService
{
    /// <summary>
    /// Records a request, received now and due <see cref="DataSubjectRequestConsts.DueDays"/> days later. Without a member (or
    /// with one's own id) it is the caller's own; members may request only their own export.
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <see cref="FormsErrorCodes.DataRequestMemberNotFound"/>, <see cref="FormsErrorCodes.DataRequestDuplicate"/> (an open one of the kind exists).
    /// </exception>
    Task<DataSubjectRequestDto> CreateAsync(CreateDataSubjectRequestDto input);

    /// <summary>One request.</summary>
    Task<DataSubjectRequestDto> GetAsync(Guid id);

    /// <summary>Requests, newest first: the caller's own, or any member's (filtered) for staff.</summary>
    Task<PagedResultDto<DataSubjectRequestDto>> GetListAsync(GetDataSubjectRequestListInput input);

    /// <summary>
    /// Processes a received request at once, in one unit of work: an export runs every module's handler and stores the archive;
    /// an erasure runs every module's erasure and records each area's result. Processing a completed request returns it
    /// unchanged (it completes once).
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><see cref="FormsErrorCodes.DataRequestInvalidStatus"/> (rejected).</exception>
    Task<DataSubjectRequestDto> ProcessAsync(Guid id);

    /// <summary>Rejects a received request with a reason.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><see cref="FormsErrorCodes.DataRequestInvalidStatus"/> (not received).</exception>
    Task<DataSubjectRequestDto> RejectAsync(Guid id, RejectDataSubjectRequestDto input);

    /// <summary>
    /// The completed export's archive (a zip of <c>manifest.json</c> and one JSON document per area), its bytes included. The
    /// host also serves the zip itself at <c>api/forms/data-requests/{id}/archive</c>.
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><see cref="FormsErrorCodes.DataRequestArchiveNotAvailable"/>.</exception>
    Task<DataSubjectRequestArchiveDto> GetArchiveContentAsync(Guid id);
}
