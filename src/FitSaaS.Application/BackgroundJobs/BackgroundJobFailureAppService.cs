using FitSaaS.Framework.Application;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.BackgroundJobs;

/// <inheritdoc cref="IBackgroundJobFailureAppService"/>
[Authorize(BackgroundJobPermissions.Failures)]
public sealed class BackgroundJobFailureAppService(IBackgroundJobFailureRepository failures) : ApplicationService, IBackgroundJobFailureAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<BackgroundJobFailureDto>> GetListAsync(PagedResultRequestDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (items, total) = await failures.GetPagedListAsync(input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<BackgroundJobFailureDto>(total, items.Select(failure => new BackgroundJobFailureDto
        {
            Id = failure.Id,
            JobName = failure.JobName,
            TenantId = failure.JobTenantId,
            ArgumentsSummary = failure.ArgumentsSummary,
            Error = failure.Error,
            Attempts = failure.Attempts,
            FailedAtUtc = failure.FailedAtUtc,
        }).ToList());
    }
}
