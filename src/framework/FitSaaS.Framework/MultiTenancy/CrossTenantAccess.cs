using System.Text.Json;
using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Framework.MultiTenancy;

/// <summary>
/// The one explicit, audited way for host code to read or write rows of several tenants at once. A scope
/// switches the EF tenant filter off (<see cref="IDataFilter"/>) and, on PostgreSQL, sets the row-level-security
/// bypass for the async flow; it is logged (reason, user, tenant) and recorded as an action of the current
/// audit entry when there is one. Plain <c>IDataFilter.Disable&lt;IMultiTenant&gt;()</c> or
/// <c>IgnoreQueryFilters()</c> only lift the EF filter: row-level security still applies to them.
/// </summary>
public interface ICrossTenantAccessor
{
    /// <summary>True while a cross-tenant scope is open in this async flow.</summary>
    bool IsActive { get; }

    /// <summary>The reason of the innermost open scope, or null.</summary>
    string? CurrentReason { get; }

    /// <summary>
    /// Opens a cross-tenant scope until the returned value is disposed. Keep it short: only the code that
    /// must cross tenants belongs inside.
    /// </summary>
    /// <param name="reason">Why tenants are crossed (logged and audited), e.g. <c>"Token endpoint: refresh token lookup"</c>; required, not blank.</param>
    /// <exception cref="ArgumentException">The reason is blank.</exception>
    IDisposable Begin(string reason);
}

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

/// <summary>
/// Marks an <see cref="IMultiTenant"/> entity whose host rows (<c>TenantId</c> null) every tenant may read, e.g.
/// the global exercise library. Tenants still never write host rows: on PostgreSQL the row-level-security policy
/// lets them SELECT such rows only; inserts, updates and deletes stay limited to their own rows.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SharedHostRowsAttribute : Attribute;
