namespace FitSaaS.Framework.Auditing;

/// <summary>
/// Owns the audit scope of the current async flow: one per HTTP request (started by the request
/// middleware) or per outermost application-service call outside a request (started by
/// <see cref="AuditingInterceptor"/>).
/// </summary>
public interface IAuditingManager
{
    /// <summary>The scope of this async flow; null when nothing is being audited.</summary>
    AuditLogScope? Current { get; }

    /// <summary>Starts a scope for the following code until it is disposed.</summary>
    AuditLogScope BeginScope();

    /// <summary>Hands the completed entry to the store; never throws (failures are logged).</summary>
    Task SaveAsync(AuditLogInfo auditLog);
}
