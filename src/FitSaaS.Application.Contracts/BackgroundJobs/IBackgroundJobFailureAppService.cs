using FitSaaS.Framework.Application;

namespace FitSaaS.BackgroundJobs;

/// <summary>
/// Lists the background jobs that failed for good (<c>GET /api/background-jobs/failed</c>), newest first.
/// Host admins only: requires <see cref="BackgroundJobPermissions.Failures"/> (others are refused).
/// </summary>
[HttpApiRoute("api/background-jobs/failed")]
public interface IBackgroundJobFailureAppService : IApplicationService
{
    /// <summary>One page of failed jobs (<see cref="PagedResultRequestDto.MaxResultCount"/> 1–1000, default 10).</summary>
    Task<PagedResultDto<BackgroundJobFailureDto>> GetListAsync(PagedResultRequestDto input);
}
