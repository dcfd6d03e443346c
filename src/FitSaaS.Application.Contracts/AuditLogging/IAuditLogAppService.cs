using FitSaaS.Framework.Application;

namespace FitSaaS.AuditLogging;

/// <summary>
/// Reads audit entries (<c>/api/audit-logging/audit-logs</c>): a tenant's admins see their tenant's
/// entries only, host admins see every tenant's. Requires <see cref="AuditLoggingPermissions.AuditLogs"/>.
/// </summary>
public interface IAuditLogAppService : IApplicationService
{
    /// <summary>One page of entries, newest first unless sorted otherwise; without actions and changes.</summary>
    Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogListInput input);

    /// <summary>One entry with its actions and entity changes.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    Task<AuditLogDetailsDto> GetAsync(Guid id);
}
