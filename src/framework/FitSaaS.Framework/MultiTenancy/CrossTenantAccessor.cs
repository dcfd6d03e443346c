using System.Text.Json;
using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Framework.MultiTenancy;

/// <summary>Default <see cref="ICrossTenantAccessor"/>: an <see cref="AsyncLocal{T}"/> owned by a DI singleton.</summary>
public sealed partial class CrossTenantAccessor(
    IDataFilter dataFilter,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IServiceProvider serviceProvider,
    TimeProvider timeProvider,
    ILogger<CrossTenantAccessor> logger) : ICrossTenantAccessor
{
    /// <summary>Service name of the audit action that records a cross-tenant scope.</summary>
    public const string AuditServiceName = "FitSaaS.CrossTenantAccess";

    private readonly AsyncLocal<string?> _reason = new();

    /// <inheritdoc/>
    public bool IsActive => _reason.Value is not null;

    /// <inheritdoc/>
    public string? CurrentReason => _reason.Value;

    /// <inheritdoc/>
    public IDisposable Begin(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        LogBegin(logger, reason, currentUser.Id, currentUser.UserName, currentTenant.Id);
        var audit = serviceProvider.GetService<IAuditingManager>()?.Current;
        audit?.Log.AddAction(new AuditLogActionInfo
        {
            ServiceName = AuditServiceName,
            MethodName = nameof(Begin),
            Parameters = JsonSerializer.Serialize(new Dictionary<string, string> { ["reason"] = reason }),
            ExecutionTimeUtc = timeProvider.GetUtcNow().UtcDateTime,
        });

        var previous = _reason.Value;
        _reason.Value = reason;
        var filter = dataFilter.Disable<IMultiTenant>();
        return new Scope(this, previous, filter);
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information,
        Message = "Cross-tenant access: {Reason} (user {UserId} {UserName}, tenant {TenantId})")]
    private static partial void LogBegin(ILogger logger, string reason, Guid? userId, string? userName, Guid? tenantId);

    private sealed class Scope(CrossTenantAccessor owner, string? previous, IDisposable filter) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                filter.Dispose();
                owner._reason.Value = previous;
            }
        }
    }
}
