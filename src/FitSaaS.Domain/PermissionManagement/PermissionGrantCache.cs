using System.Collections.Concurrent;
using FitSaaS.Framework.Caching;
using FitSaaS.Framework.DependencyInjection;

namespace FitSaaS.PermissionManagement;

/// <summary>
/// The grant stamps of the tenants (in the distributed cache, <see cref="CacheStamps"/> named <c>permissions:{tenantId:N|host}</c>)
/// and this process's uncommitted grant changes. Renewing a tenant's stamp invalidates every cached grant set of the
/// tenant on every instance.
/// </summary>
public sealed class PermissionGrantCache(CacheStamps stamps) : ISingletonDependency
{
    private readonly ConcurrentDictionary<Guid, int> _pending = new();

    /// <summary>The key segment of a tenant (null = host).</summary>
    public static string TenantSegment(Guid? tenantId) => tenantId is { } id ? id.ToString("N") : "host";

    /// <summary>The tenant's (null = host) current grant stamp.</summary>
    public Task<string> GetStampAsync(Guid? tenantId, CancellationToken cancellationToken = default) =>
        stamps.GetAsync(StampName(tenantId), cancellationToken);

    /// <summary>Invalidates the tenant's (null = host) cached grant sets on every instance.</summary>
    public Task InvalidateAsync(Guid? tenantId, CancellationToken cancellationToken = default) =>
        stamps.RenewAsync(StampName(tenantId), cancellationToken);

    /// <summary>Notes an uncommitted grant change of the tenant in this process (until <see cref="EndChange"/>).</summary>
    public void BeginChange(Guid? tenantId) => _pending.AddOrUpdate(tenantId ?? Guid.Empty, 1, (_, count) => count + 1);

    /// <summary>Ends what <see cref="BeginChange"/> noted (after commit or rollback).</summary>
    public void EndChange(Guid? tenantId)
    {
        var key = tenantId ?? Guid.Empty;
        while (_pending.TryGetValue(key, out var count))
        {
            if (count <= 1 ? _pending.TryRemove(new KeyValuePair<Guid, int>(key, count)) : _pending.TryUpdate(key, count - 1, count))
            {
                return;
            }
        }
    }

    /// <summary>True while this process has an uncommitted grant change of the tenant (its sets are then not cached).</summary>
    public bool HasPendingChanges(Guid? tenantId) => !_pending.IsEmpty && _pending.ContainsKey(tenantId ?? Guid.Empty);

    private static string StampName(Guid? tenantId) => $"permissions:{TenantSegment(tenantId)}";
}
