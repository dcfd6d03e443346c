using FitSaaS.Framework.Application;
using FitSaaS.Framework.Authorization;

namespace FitSaaS.BackgroundJobs;

/// <summary>Permission names of background jobs.</summary>
public static class BackgroundJobPermissions
{
    /// <summary>The permission group.</summary>
    public const string GroupName = "FitSaaS.BackgroundJobs";

    /// <summary>Read the background jobs that failed for good (host side only; the host admin holds it).</summary>
    public const string Failures = GroupName + ".Failures";

    /// <summary>Open the Hangfire Dashboard at <c>/hangfire</c> (host side only; the host admin holds it).</summary>
    public const string Dashboard = GroupName + ".Dashboard";
}

/// <summary>Defines the background-jobs permissions (host side only).</summary>
public sealed class BackgroundJobPermissionDefinitionProvider : PermissionDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IPermissionDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.AddGroup(BackgroundJobPermissions.GroupName, "Background jobs");
        group.AddPermission(BackgroundJobPermissions.Failures, "Failed background jobs", MultiTenancySides.Host);
        group.AddPermission(BackgroundJobPermissions.Dashboard, "Background jobs dashboard", MultiTenancySides.Host);
    }
}

/// <summary>A background job that failed on its last attempt.</summary>
public sealed class BackgroundJobFailureDto
{
    /// <summary>Id of the record.</summary>
    public Guid Id { get; init; }

    /// <summary>The job's stable name.</summary>
    public required string JobName { get; init; }

    /// <summary>The tenant the job ran for (null = host).</summary>
    public Guid? TenantId { get; init; }

    /// <summary>The names of the argument's properties (never their values).</summary>
    public required string ArgumentsSummary { get; init; }

    /// <summary>Type and message of the last exception (at most 2000 characters).</summary>
    public required string Error { get; init; }

    /// <summary>Attempts made.</summary>
    public int Attempts { get; init; }

    /// <summary>When the last attempt failed (UTC).</summary>
    public DateTime FailedAtUtc { get; init; }
}

/// <summary>
/// Lists the background jobs that failed for good (<c>GET /api/background-jobs/failed</c>), newest first.
/// Host admins only: requires <see cref="BackgroundJobPermissions.Failures"/> (403 otherwise).
/// </summary>
[HttpApiRoute("api/background-jobs/failed")]
public interface IBackgroundJobFailureAppService : IApplicationService
{
    /// <summary>One page of failed jobs (<see cref="PagedResultRequestDto.MaxResultCount"/> 1–1000, default 10).</summary>
    Task<PagedResultDto<BackgroundJobFailureDto>> GetListAsync(PagedResultRequestDto input);
}
