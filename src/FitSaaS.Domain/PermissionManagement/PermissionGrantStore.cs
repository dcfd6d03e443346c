using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.DependencyInjection;
using Microsoft.Extensions.Caching.Memory;

namespace FitSaaS.PermissionManagement;

/// <summary>
/// <see cref="IPermissionGrantStore"/> over the grants table: a user's set is their own grants ∪ the
/// grants of the roles they hold in the database (so a role change applies without a new token); a
/// client's set is its own grants. Each set is one query, cached per (tenant, grant version, subject)
/// in memory; <see cref="PermissionGrantCache"/> bumps the tenant's version when grants or role
/// memberships change, which makes every older set unreachable at once.
/// </summary>
public sealed class PermissionGrantStore(IPermissionGrantRepository grants, IMemoryCache cache, PermissionGrantCache versions)
    : IPermissionGrantStore, ITransientDependency
{
    private static readonly TimeSpan s_slidingExpiration = TimeSpan.FromMinutes(10);

    /// <inheritdoc/>
    public async Task<IReadOnlySet<string>> GetGrantSetAsync(PermissionSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var version = versions.GetVersion(subject.TenantId);
        var key = subject.UserId is { } userId
            ? $"grants:{subject.TenantId}:{version}:U:{userId}"
            : subject.ClientId is { } clientId
                ? $"grants:{subject.TenantId}:{version}:C:{clientId}"
                : $"grants:{subject.TenantId}:{version}:R:{string.Join(',', subject.TokenRoles.Order(StringComparer.Ordinal))}";
        return (await cache.GetOrCreateAsync(key, async entry =>
        {
            entry.SlidingExpiration = s_slidingExpiration;
            var names = subject.UserId is { } user
                ? await grants.GetGrantedToUserAsync(subject.TenantId, user, cancellationToken)
                : subject.ClientId is { } client
                    ? await grants.GetGrantedNamesAsync(subject.TenantId, PermissionGrant.ClientProvider, [client], cancellationToken)
                    : await grants.GetGrantedNamesAsync(subject.TenantId, PermissionGrant.RoleProvider, subject.TokenRoles, cancellationToken);
            return (IReadOnlySet<string>)names.ToHashSet(StringComparer.Ordinal);
        }))!;
    }
}

/// <summary>Per-tenant version of the grant data; bumping it invalidates every cached grant set of the tenant.</summary>
public sealed class PermissionGrantCache : ISingletonDependency
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, long> _versions = new();
    private long _hostVersion;

    /// <summary>The current version for the tenant (null = host).</summary>
    public long GetVersion(Guid? tenantId) =>
        tenantId is { } id ? _versions.GetValueOrDefault(id) : Interlocked.Read(ref _hostVersion);

    /// <summary>Invalidates the tenant's (null = host) cached grant sets.</summary>
    public void Invalidate(Guid? tenantId)
    {
        if (tenantId is { } id)
        {
            _versions.AddOrUpdate(id, 1, (_, v) => v + 1);
        }
        else
        {
            Interlocked.Increment(ref _hostVersion);
        }
    }
}
