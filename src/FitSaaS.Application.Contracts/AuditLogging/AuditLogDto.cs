namespace FitSaaS.AuditLogging;

/// <summary>An audit entry (list item).</summary>
public class AuditLogDto
{
    /// <summary>The entry's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The tenant (null = host).</summary>
    public Guid? TenantId { get; init; }

    /// <summary>The tenant's name.</summary>
    public string? TenantName { get; init; }

    /// <summary>The signed-in user.</summary>
    public Guid? UserId { get; init; }

    /// <summary>The user's name.</summary>
    public string? UserName { get; init; }

    /// <summary>The OAuth client.</summary>
    public string? ClientId { get; init; }

    /// <summary>The impersonating user, if any.</summary>
    public Guid? ImpersonatorUserId { get; init; }

    /// <summary>The impersonator's tenant.</summary>
    public Guid? ImpersonatorTenantId { get; init; }

    /// <summary>UTC start.</summary>
    public DateTime ExecutionTimeUtc { get; init; }

    /// <summary>Duration in milliseconds.</summary>
    public int DurationMs { get; init; }

    /// <summary>HTTP method; null for a job or event.</summary>
    public string? HttpMethod { get; init; }

    /// <summary>Path and query, secret-like query values as <c>***</c>.</summary>
    public string? Url { get; init; }

    /// <summary>Response status.</summary>
    public int? HttpStatusCode { get; init; }

    /// <summary>Caller IP.</summary>
    public string? ClientIpAddress { get; init; }

    /// <summary>Trace id (equals the problem details' <c>traceId</c>).</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Exception type and message of a failure.</summary>
    public string? Exception { get; init; }
}
