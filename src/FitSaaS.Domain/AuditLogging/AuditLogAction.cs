using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.AuditLogging;

/// <summary>One application-service call of an <see cref="AuditLog"/>.</summary>
[HostDatabase]
public sealed class AuditLogAction : Entity<Guid>, IMultiTenant
{
    private AuditLogAction()
    {
        ServiceName = null!;
        MethodName = null!;
        Parameters = null!;
    }

    internal AuditLogAction(Guid id, Guid auditLogId, Guid? tenantId, AuditLogActionInfo info)
        : base(id)
    {
        AuditLogId = auditLogId;
        TenantId = tenantId;
        ServiceName = AuditLog.Cut(info.ServiceName, AuditLogConsts.MaxTypeNameLength)!;
        MethodName = AuditLog.Cut(info.MethodName, AuditLogConsts.MaxMemberNameLength)!;
        Parameters = AuditLog.Cut(info.Parameters, AuditLogConsts.MaxParametersLength)!;
        ExecutionTimeUtc = info.ExecutionTimeUtc;
        DurationMs = info.DurationMs;
        Exception = AuditLog.Cut(info.Exception, AuditLogConsts.MaxExceptionLength);
    }

    /// <summary>The owning entry.</summary>
    public Guid AuditLogId { get; private set; }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The contract interface's full name.</summary>
    public string ServiceName { get; private set; }

    /// <summary>The method.</summary>
    public string MethodName { get; private set; }

    /// <summary>Arguments as JSON, secrets redacted.</summary>
    public string Parameters { get; private set; }

    /// <summary>UTC start.</summary>
    public DateTime ExecutionTimeUtc { get; private set; }

    /// <summary>Duration in milliseconds.</summary>
    public int DurationMs { get; private set; }

    /// <summary>Exception type and message, if the call failed.</summary>
    public string? Exception { get; private set; }
}
