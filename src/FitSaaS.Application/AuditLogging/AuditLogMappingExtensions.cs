namespace FitSaaS.AuditLogging;

/// <summary>Maps audit entities to DTOs.</summary>
internal static class AuditLogMappingExtensions
{
    public static AuditLogDto ToDto(this AuditLog log) => new()
    {
        Id = log.Id,
        TenantId = log.TenantId,
        TenantName = log.TenantName,
        UserId = log.UserId,
        UserName = log.UserName,
        ClientId = log.ClientId,
        ImpersonatorUserId = log.ImpersonatorUserId,
        ImpersonatorTenantId = log.ImpersonatorTenantId,
        ExecutionTimeUtc = log.ExecutionTimeUtc,
        DurationMs = log.DurationMs,
        HttpMethod = log.HttpMethod,
        Url = log.Url,
        HttpStatusCode = log.HttpStatusCode,
        ClientIpAddress = log.ClientIpAddress,
        CorrelationId = log.CorrelationId,
        Exception = log.Exception,
    };

    public static AuditLogDetailsDto ToDetailsDto(this AuditLog log) => new()
    {
        Id = log.Id,
        TenantId = log.TenantId,
        TenantName = log.TenantName,
        UserId = log.UserId,
        UserName = log.UserName,
        ClientId = log.ClientId,
        ImpersonatorUserId = log.ImpersonatorUserId,
        ImpersonatorTenantId = log.ImpersonatorTenantId,
        ExecutionTimeUtc = log.ExecutionTimeUtc,
        DurationMs = log.DurationMs,
        HttpMethod = log.HttpMethod,
        Url = log.Url,
        HttpStatusCode = log.HttpStatusCode,
        ClientIpAddress = log.ClientIpAddress,
        CorrelationId = log.CorrelationId,
        Exception = log.Exception,
        Actions = log.Actions.OrderBy(a => a.ExecutionTimeUtc).Select(a => new AuditLogActionDto
        {
            ServiceName = a.ServiceName,
            MethodName = a.MethodName,
            Parameters = a.Parameters,
            ExecutionTimeUtc = a.ExecutionTimeUtc,
            DurationMs = a.DurationMs,
            Exception = a.Exception,
        }).ToList(),
        EntityChanges = log.EntityChanges.OrderBy(c => c.ChangeTimeUtc).Select(c => new EntityChangeDto
        {
            ChangeTimeUtc = c.ChangeTimeUtc,
            ChangeType = c.ChangeType,
            EntityTenantId = c.EntityTenantId,
            EntityId = c.EntityId,
            EntityTypeFullName = c.EntityTypeFullName,
            PropertyChanges = c.PropertyChanges.Select(p => new EntityPropertyChangeDto
            {
                PropertyName = p.PropertyName,
                PropertyTypeFullName = p.PropertyTypeFullName,
                OriginalValue = p.OriginalValue,
                NewValue = p.NewValue,
            }).ToList(),
        }).ToList(),
    };
}
