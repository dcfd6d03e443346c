namespace FitSaaS.Framework.Auditing;

/// <summary>Persists completed audit entries (the AuditLogging module queues them for a batched writer).</summary>
public interface IAuditingStore
{
    /// <summary>Accepts an entry; may wait when the store applies back-pressure.</summary>
    ValueTask SaveAsync(AuditLogInfo auditLog, CancellationToken cancellationToken = default);
}
