using System.Collections.Concurrent;
using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitSaaS.AuditLogging;

/// <summary>
/// The kit's <see cref="IGetRequestAuditingPolicy"/>: reads are audited when <see cref="AuditingOptions.IsEnabledForGetRequests"/>
/// is on, else when the setting <see cref="AuditLoggingSettingNames.IsEnabledForGetRequests"/> is true for the tenant
/// (tenant value, else global value, else false). The answer is kept in memory per tenant for
/// <see cref="AuditLoggingOptions.GetRequestSettingCacheSeconds"/> (default 30 s), so a read request costs no cache or
/// database round trip; a changed setting takes effect within that time on every instance.
/// </summary>
public sealed class SettingGetRequestAuditingPolicy(
    IOptions<AuditingOptions> auditingOptions,
    IOptions<AuditLoggingOptions> auditLoggingOptions,
    IServiceScopeFactory scopeFactory,
    TimeProvider timeProvider) : IGetRequestAuditingPolicy
{
    private static readonly object HostKey = new();
    private readonly ConcurrentDictionary<object, (bool Enabled, long ExpiresAt)> _answers = new();

    /// <inheritdoc/>
    public async ValueTask<bool> IsEnabledForGetRequestsAsync(Guid? tenantId, CancellationToken cancellationToken = default)
    {
        if (auditingOptions.Value.IsEnabledForGetRequests)
        {
            return true;
        }

        var key = tenantId is { } id ? (object)id : HostKey;
        var now = timeProvider.GetTimestamp();
        if (_answers.TryGetValue(key, out var answer) && answer.ExpiresAt > now)
        {
            return answer.Enabled;
        }

        bool enabled;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
            enabled = await scope.ServiceProvider.GetRequiredService<ISettingProvider>().IsTrueAsync(AuditLoggingSettingNames.IsEnabledForGetRequests);
        }

        var lifetime = Math.Max(0, auditLoggingOptions.Value.GetRequestSettingCacheSeconds);
        _answers[key] = (enabled, now + (long)(lifetime * (double)timeProvider.TimestampFrequency));
        return enabled;
    }
}
