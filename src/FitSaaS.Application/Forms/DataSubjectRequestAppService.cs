using FitSaaS.Framework.Application;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Forms;

/// <inheritdoc cref="IDataSubjectRequestAppService"/>
[Authorize(FormsPermissions.DataRequests.Default)]
[RequiresFeature(FormsFeatures.Enabled)]
public sealed class DataSubjectRequestAppService(
    IDataSubjectRequestRepository requests,
    IDataSubjectRequestArchiveRepository archives,
    DataSubjectRequestProcessor processor,
    IUserLookupService users,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    IPermissionChecker permissionChecker,
    IGuidGenerator guids,
    TimeProvider clock) : ApplicationService, IDataSubjectRequestAppService
{
    private const string Manage = FormsPermissions.DataRequests.Manage;

    /// <inheritdoc/>
    public async Task<DataSubjectRequestDto> CreateAsync(CreateDataSubjectRequestDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var self = CurrentUserId();
        var memberId = input.MemberId ?? self;
        var kind = input.Kind!.Value;
        if ((memberId != self || kind != DataSubjectRequestKind.Export) && !await permissionChecker.IsGrantedAsync(Manage))
        {
            throw new AuthorizationException($"Permission '{Manage}' is required for another member's requests and for erasures.") { PermissionName = Manage };
        }

        if (await users.FindByIdAsync(memberId) is null)
        {
            throw new BusinessException(FormsErrorCodes.DataRequestMemberNotFound, "The member is not a user of this gym.").WithData("memberId", memberId);
        }

        if (await requests.FindOpenAsync(memberId, kind) is { } open)
        {
            throw new BusinessException(FormsErrorCodes.DataRequestDuplicate, $"An open {kind} request of the member exists already.").WithData("existingId", open.Id);
        }

        var request = new DataSubjectRequest(guids.Create(), currentTenant.Id, memberId, kind, self, input.Note, Now());
        await requests.InsertAsync(request, autoSave: true);
        return ToDto(request, hasArchive: false);
    }

    /// <inheritdoc/>
    public async Task<DataSubjectRequestDto> GetAsync(Guid id)
    {
        var request = await GetVisibleAsync(id);
        return ToDto(request, await HasArchiveAsync(request));
    }

    /// <inheritdoc/>
    public async Task<PagedResultDto<DataSubjectRequestDto>> GetListAsync(GetDataSubjectRequestListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var memberId = input.MemberId;
        if (!await permissionChecker.IsGrantedAsync(Manage))
        {
            var self = CurrentUserId();
            if (memberId is { } requested && requested != self)
            {
                throw new AuthorizationException($"Permission '{Manage}' is required for another member's requests.") { PermissionName = Manage };
            }

            memberId = self;
        }

        var (items, total) = await requests.GetPagedListAsync(memberId, input.Kind, input.Status, input.SkipCount, input.MaxResultCount);
        var dtos = new List<DataSubjectRequestDto>(items.Count);
        foreach (var item in items)
        {
            dtos.Add(ToDto(item, await HasArchiveAsync(item)));
        }

        return new PagedResultDto<DataSubjectRequestDto>(total, dtos);
    }

    /// <inheritdoc/>
    [Authorize(FormsPermissions.DataRequests.Manage)]
    public async Task<DataSubjectRequestDto> ProcessAsync(Guid id)
    {
        var request = await GetVisibleAsync(id);
        if (request.Status == DataSubjectRequestStatus.Completed)
        {
            return ToDto(request, await HasArchiveAsync(request));
        }

        var now = Now();
        request.Start(CurrentUserId(), now);
        await processor.ProcessAsync(request, now);
        await requests.UpdateAsync(request, autoSave: true);
        return ToDto(request, request.Kind == DataSubjectRequestKind.Export);
    }

    /// <inheritdoc/>
    [Authorize(FormsPermissions.DataRequests.Manage)]
    public async Task<DataSubjectRequestDto> RejectAsync(Guid id, RejectDataSubjectRequestDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = await GetVisibleAsync(id);
        request.Reject(CurrentUserId(), input.Reason!, Now());
        await requests.UpdateAsync(request, autoSave: true);
        return ToDto(request, hasArchive: false);
    }

    /// <inheritdoc/>
    public async Task<DataSubjectRequestArchiveDto> GetArchiveContentAsync(Guid id)
    {
        var request = await GetVisibleAsync(id);
        var archive = request.Kind == DataSubjectRequestKind.Export && request.Status == DataSubjectRequestStatus.Completed
            ? await archives.FindAsync(request.Id)
            : null;
        if (archive is null)
        {
            throw new BusinessException(FormsErrorCodes.DataRequestArchiveNotAvailable, "The request has no export archive.").WithData("id", id);
        }

        return new DataSubjectRequestArchiveDto
        {
            FileName = archive.FileName,
            ContentType = DataSubjectRequestConsts.ArchiveContentType,
            CreatedAtUtc = archive.CreatedAtUtc,
            Content = archive.Content,
        };
    }

    private async Task<DataSubjectRequest> GetVisibleAsync(Guid id)
    {
        var request = await requests.FindAsync(id);
        if (request is null || request.MemberId != CurrentUserId() && !await permissionChecker.IsGrantedAsync(Manage))
        {
            throw new EntityNotFoundException(typeof(DataSubjectRequest), id);
        }

        return request;
    }

    private async Task<bool> HasArchiveAsync(DataSubjectRequest request) =>
        request.Kind == DataSubjectRequestKind.Export && request.Status == DataSubjectRequestStatus.Completed
        && await archives.FindAsync(request.Id) is not null;

    private DataSubjectRequestDto ToDto(DataSubjectRequest request, bool hasArchive) => new()
    {
        Id = request.Id,
        MemberId = request.MemberId,
        Kind = request.Kind,
        Status = request.Status,
        RequestedAtUtc = request.RequestedAtUtc,
        DueAtUtc = request.DueAtUtc,
        IsOverdue = request.IsOpen && Now() > request.DueAtUtc,
        RequestedByUserId = request.RequestedByUserId,
        Note = request.Note,
        HandledByUserId = request.HandledByUserId,
        StartedAtUtc = request.StartedAtUtc,
        CompletedAtUtc = request.CompletedAtUtc,
        RejectionReason = request.RejectionReason,
        Results = request.GetResults(),
        HasArchive = hasArchive,
    };

    private Guid CurrentUserId() => currentUser.Id ?? throw new AuthorizationException("Data subject requests belong to a signed-in user.");

    // Whole microseconds: what PostgreSQL stores, so an answer and a later read of it agree.
    private DateTime Now()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % 10), DateTimeKind.Utc);
    }
}
