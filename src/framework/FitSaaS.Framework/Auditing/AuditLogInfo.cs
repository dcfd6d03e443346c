namespace FitSaaS.Framework.Auditing;

/// <summary>
/// One audit entry being collected: one HTTP request, or one outermost application-service call
/// outside a request (jobs, events). Handed to <see cref="IAuditingStore"/> when complete.
/// </summary>
public sealed class AuditLogInfo
{
    private readonly Lock _lock = new();
    private readonly List<AuditLogActionInfo> _actions = [];
    private readonly List<EntityChangeInfo> _entityChanges = [];

    /// <summary>The tenant (null = host).</summary>
    public Guid? TenantId { get; set; }

    /// <summary>The tenant's name, when known.</summary>
    public string? TenantName { get; set; }

    /// <summary>The signed-in user, if any.</summary>
    public Guid? UserId { get; set; }

    /// <summary>The signed-in user's name, if any.</summary>
    public string? UserName { get; set; }

    /// <summary>The OAuth client of the access token (<c>client_id</c> claim).</summary>
    public string? ClientId { get; set; }

    /// <summary>The user impersonating <see cref="UserId"/>, if any (<c>impersonator_user_id</c> claim).</summary>
    public Guid? ImpersonatorUserId { get; set; }

    /// <summary>The impersonator's tenant (<c>impersonator_tenant_id</c> claim).</summary>
    public Guid? ImpersonatorTenantId { get; set; }

    /// <summary>UTC start of the request or call.</summary>
    public DateTime ExecutionTimeUtc { get; set; }

    /// <summary>Duration in milliseconds.</summary>
    public int DurationMs { get; set; }

    /// <summary>HTTP method; null outside a request.</summary>
    public string? HttpMethod { get; set; }

    /// <summary>Path and query (secret-like query values redacted); null outside a request.</summary>
    public string? Url { get; set; }

    /// <summary>Response status; null outside a request.</summary>
    public int? HttpStatusCode { get; set; }

    /// <summary>The caller's IP address.</summary>
    public string? ClientIpAddress { get; set; }

    /// <summary>The W3C trace id of the request (the problem details' <c>traceId</c>).</summary>
    public string? CorrelationId { get; set; }

    /// <summary>Exception type and message, if the request or call failed.</summary>
    public string? Exception { get; set; }

    /// <summary>The application-service calls, in completion order.</summary>
    public IReadOnlyList<AuditLogActionInfo> Actions
    {
        get
        {
            lock (_lock)
            {
                return [.. _actions];
            }
        }
    }

    /// <summary>The entity changes saved during the request or call.</summary>
    public IReadOnlyList<EntityChangeInfo> EntityChanges
    {
        get
        {
            lock (_lock)
            {
                return [.. _entityChanges];
            }
        }
    }

    /// <summary>Adds a recorded action.</summary>
    public void AddAction(AuditLogActionInfo action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (_lock)
        {
            _actions.Add(action);
        }
    }

    /// <summary>Adds recorded entity changes.</summary>
    public void AddEntityChanges(IEnumerable<EntityChangeInfo> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_lock)
        {
            _entityChanges.AddRange(changes);
        }
    }

    /// <summary>Records a failure (type and message, no stack trace) unless one is recorded already.</summary>
    public void SetException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Exception ??= $"{exception.GetType().FullName}: {exception.Message}";
    }
}
