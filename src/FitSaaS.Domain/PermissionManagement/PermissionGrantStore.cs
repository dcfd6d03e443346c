using System.Collections.Frozen;
using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Caching;
using FitSaaS.Framework.DependencyInjection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;

namespace FitSaaS.PermissionManagement;

/// <summary>
/// <see cref="IPermissionGrantStore"/> over the grants table: a user's set is their own grants ∪ the
/// grants of the roles they hold in the database (so a role change applies without a new token); a
/// client's set is its own grants. Each set is one query, cached in the distributed cache (in memory, or Redis shared by
/// every instance) per (tenant, grant stamp, subject) for <see cref="CacheDuration"/>; <see cref="PermissionGrantCache"/>
/// renews the tenant's stamp when grants or role memberships change (at commit), which makes every older set of the tenant
/// unreachable at once on every instance. While this process has an uncommitted grant change of the tenant, sets are read
/// from the database and not cached. A set under a stamped key never changes (a change renews the stamp, so it gets a new
/// key), so each process also keeps the sets it read in memory (<see cref="IMemoryCache"/>, <see cref="LocalCacheDuration"/>)
/// under the same key: once the stamp is read, no second round trip to the distributed cache is needed (issue 13 §4).
/// </summary>
public sealed class PermissionGrantStore(
    IPermissionGrantRepository grants,
    IDistributedCache<PermissionGrantCacheItem> cache,
    PermissionGrantCache stamps,
    IMemoryCache localCache) : IPermissionGrantStore, ITransientDependency
{
    /// <summary>How long a loaded grant set stays cached (absolute), bounding a missed invalidation (store down at commit).</summary>
    public static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(10);

    /// <summary>How long a set read under a stamped key stays in this process's memory (absolute, 1 minute).</summary>
    public static readonly TimeSpan LocalCacheDuration = TimeSpan.FromMinutes(1);

    private static readonly DistributedCacheEntryOptions EntryOptions = new() { AbsoluteExpirationRelativeToNow = CacheDuration };

    /// <inheritdoc/>
    public async Task<IReadOnlySet<string>> GetGrantSetAsync(PermissionSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (stamps.HasPendingChanges(subject.TenantId))
        {
            return (await LoadAsync(subject, cancellationToken)).Names.ToHashSet(StringComparer.Ordinal);
        }

        var stamp = await stamps.GetStampAsync(subject.TenantId, cancellationToken);
        var subjectKey = subject.UserId is { } userId
            ? $"U:{userId:N}"
            : subject.ClientId is { } clientId
                ? $"C:{clientId}"
                : $"R:{string.Join(',', subject.TokenRoles.Order(StringComparer.Ordinal))}";
        var key = $"{PermissionGrantCache.TenantSegment(subject.TenantId)}:{stamp}:{subjectKey}";
        var localKey = (typeof(PermissionGrantStore), key);
        if (localCache.TryGetValue(localKey, out IReadOnlySet<string>? local) && local is not null)
        {
            return local;
        }

        var item = await cache.GetOrAddAsync(key, () => LoadAsync(subject, cancellationToken), EntryOptions, cancellationToken);
        var set = item.Names.ToFrozenSet(StringComparer.Ordinal);
        localCache.Set(localKey, (IReadOnlySet<string>)set, LocalCacheDuration);
        return set;
    }

    private async Task<PermissionGrantCacheItem> LoadAsync(PermissionSubject subject, CancellationToken cancellationToken)
    {
        var names = subject.UserId is { } user
            ? await grants.GetGrantedToUserAsync(subject.TenantId, user, cancellationToken)
            : subject.ClientId is { } client
                ? await grants.GetGrantedNamesAsync(subject.TenantId, PermissionGrant.ClientProvider, [client], cancellationToken)
                : await grants.GetGrantedNamesAsync(subject.TenantId, PermissionGrant.RoleProvider, subject.TokenRoles, cancellationToken);
        return new PermissionGrantCacheItem([.. names.Distinct(StringComparer.Ordinal)]);
    }
}
