using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.AuditLogging;

/// <summary>
/// One audit entry: an HTTP request or an application-service call outside a request, with its actions
/// and entity changes. Written once by the audit writer, never changed, deleted by retention.
/// </summary>
[HostDatabase]
public sealed class AuditLog : AggregateRoot<Guid>, IMultiTenant
{
    private readonly List<AuditLogAction> _actions = [];
    private readonly List<EntityChange> _entityChanges = [];

    private AuditLog()
    {
    }

    private AuditLog(Guid id)
        : base(id)
    {
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The tenant's name, when known.</summary>
    public string? TenantName { get; private set; }

    /// <summary>The signed-in user.</summary>
    public Guid? UserId { get; private set; }

    /// <summary>The signed-in user's name.</summary>
    public string? UserName { get; private set; }

    /// <summary>The OAuth client.</summary>
    public string? ClientId { get; private set; }

    /// <summary>The impersonating user, if any.</summary>
    public Guid? ImpersonatorUserId { get; private set; }

    /// <summary>The impersonator's tenant.</summary>
    public Guid? ImpersonatorTenantId { get; private set; }

    /// <summary>UTC start.</summary>
    public DateTime ExecutionTimeUtc { get; private set; }

    /// <summary>Duration in milliseconds.</summary>
    public int DurationMs { get; private set; }

    /// <summary>HTTP method; null outside a request.</summary>
    public string? HttpMethod { get; private set; }

    /// <summary>Path and query, secrets redacted.</summary>
    public string? Url { get; private set; }

    /// <summary>Response status.</summary>
    public int? HttpStatusCode { get; private set; }

    /// <summary>Caller IP.</summary>
    public string? ClientIpAddress { get; private set; }

    /// <summary>Trace id.</summary>
    public string? CorrelationId { get; private set; }

    /// <summary>Exception type and message.</summary>
    public string? Exception { get; private set; }

    /// <summary>True when <see cref="Exception"/> is set (indexed filter).</summary>
    public bool HasException { get; private set; }

    /// <summary>The application-service calls.</summary>
    public IReadOnlyList<AuditLogAction> Actions => _actions;

    /// <summary>The entity changes.</summary>
    public IReadOnlyList<EntityChange> EntityChanges => _entityChanges;

    /// <summary>Builds the entry from a collected <see cref="AuditLogInfo"/>, cutting texts to the column lengths.</summary>
    public static AuditLog Create(IGuidGenerator guidGenerator, AuditLogInfo info)
    {
        ArgumentNullException.ThrowIfNull(guidGenerator);
        ArgumentNullException.ThrowIfNull(info);
        var log = new AuditLog(guidGenerator.Create())
        {
            TenantId = info.TenantId,
            TenantName = Cut(info.TenantName, AuditLogConsts.MaxNameLength),
            UserId = info.UserId,
            UserName = Cut(info.UserName, AuditLogConsts.MaxNameLength),
            ClientId = Cut(info.ClientId, AuditLogConsts.MaxClientIdLength),
            ImpersonatorUserId = info.ImpersonatorUserId,
            ImpersonatorTenantId = info.ImpersonatorTenantId,
            ExecutionTimeUtc = info.ExecutionTimeUtc,
            DurationMs = info.DurationMs,
            HttpMethod = Cut(info.HttpMethod, AuditLogConsts.MaxHttpMethodLength),
            Url = Cut(info.Url, AuditLogConsts.MaxUrlLength),
            HttpStatusCode = info.HttpStatusCode,
            ClientIpAddress = Cut(info.ClientIpAddress, AuditLogConsts.MaxClientIpAddressLength),
            CorrelationId = Cut(info.CorrelationId, AuditLogConsts.MaxCorrelationIdLength),
            Exception = Cut(info.Exception, AuditLogConsts.MaxExceptionLength),
            HasException = info.Exception is not null,
        };
        foreach (var action in info.Actions)
        {
            log._actions.Add(new AuditLogAction(guidGenerator.Create(), log.Id, log.TenantId, action));
        }

        foreach (var change in info.EntityChanges)
        {
            log._entityChanges.Add(new EntityChange(guidGenerator, log.Id, log.TenantId, change));
        }

        return log;
    }

    internal static string? Cut(string? value, int maxLength) =>
        value is null || value.Length <= maxLength ? value : value[..maxLength];
}
