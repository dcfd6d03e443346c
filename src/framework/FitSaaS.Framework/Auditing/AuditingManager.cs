using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Framework.Auditing;

/// <summary>Default <see cref="IAuditingManager"/>: an <see cref="AsyncLocal{T}"/> owned by a DI singleton.</summary>
public sealed partial class AuditingManager(IServiceProvider services, ILogger<AuditingManager> logger) : IAuditingManager
{
    private readonly AsyncLocal<AuditLogScope?> _current = new();

    /// <inheritdoc/>
    public AuditLogScope? Current => _current.Value;

    /// <inheritdoc/>
    public AuditLogScope BeginScope()
    {
        var previous = _current.Value;
        var scope = new AuditLogScope(new AuditLogInfo(), () => _current.Value = previous);
        _current.Value = scope;
        return scope;
    }

    /// <inheritdoc/>
    public async Task SaveAsync(AuditLogInfo auditLog)
    {
        ArgumentNullException.ThrowIfNull(auditLog);
        try
        {
            foreach (var store in services.GetServices<IAuditingStore>())
            {
                await store.SaveAsync(auditLog);
            }
        }
#pragma warning disable CA1031 // Auditing must never fail the audited request; the failure is logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogSaveFailed(logger, ex, auditLog.HttpMethod, auditLog.Url);
        }
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Could not queue the audit entry of {Method} {Url}")]
    private static partial void LogSaveFailed(ILogger logger, Exception exception, string? method, string? url);
}
