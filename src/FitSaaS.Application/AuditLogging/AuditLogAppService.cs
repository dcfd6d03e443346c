using FitSaaS.Framework.Application;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.AuditLogging;

/// <inheritdoc cref="IAuditLogAppService"/>
[Authorize(AuditLoggingPermissions.AuditLogs)]
public sealed class AuditLogAppService(IAuditLogRepository auditLogs) : ApplicationService, IAuditLogAppService
{
    private static readonly string[] s_sortableFields =
        [GetAuditLogListInput.SortByExecutionTime, GetAuditLogListInput.SortByDuration, GetAuditLogListInput.SortByHttpStatusCode];

    /// <inheritdoc/>
    public async Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var query = new AuditLogQuery
        {
            UserId = input.UserId,
            UserName = input.UserName,
            FromUtc = input.FromUtc?.ToUniversalTime(),
            ToUtc = input.ToUtc?.ToUniversalTime(),
            Url = input.Url,
            HttpStatusCode = input.HttpStatusCode,
            HasException = input.HasException,
            EntityTypeFullName = input.EntityTypeFullName,
            EntityId = input.EntityId,
            ChangeType = input.ChangeType,
        };
        var sortField = AuditLogSortField.ExecutionTime;
        var descending = true;
        if (SortingSpec.TryParse(input.Sorting, s_sortableFields, out var sorting))
        {
            sortField = sorting.Field switch
            {
                GetAuditLogListInput.SortByDuration => AuditLogSortField.Duration,
                GetAuditLogListInput.SortByHttpStatusCode => AuditLogSortField.HttpStatusCode,
                _ => AuditLogSortField.ExecutionTime,
            };
            descending = sorting.Descending;
        }

        var totalCount = await auditLogs.GetCountAsync(query);
        var items = totalCount == 0
            ? []
            : await auditLogs.GetListAsync(query, sortField, descending, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<AuditLogDto>(totalCount, items.Select(e => e.ToDto()).ToList());
    }

    /// <inheritdoc/>
    public async Task<AuditLogDetailsDto> GetAsync(Guid id) => (await auditLogs.GetAsync(id)).ToDetailsDto();
}
