using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace FitSaaS.FeatureManagement;

/// <summary>
/// The per-tenant cache of <see cref="TenantFeatureSnapshot"/>s in <see cref="IMemoryCache"/>, under keys
/// that contain the tenant id (<c>features:tenant:{id}</c>). A tenant's entry is dropped when its overrides
/// or edition assignment change; every entry is dropped when any edition changes (one shared change token).
/// Both happen at once and again after the unit of work commits.
/// </summary>
public sealed class FeatureValueCache(IMemoryCache cache) : ISingletonDependency, IDisposable
{
    private CancellationTokenSource _editions = new();

    /// <summary>The cache key of a tenant's snapshot.</summary>
    public static string Key(Guid tenantId) => $"features:tenant:{tenantId:N}";

    /// <summary>The cached snapshot, or the one <paramref name="load"/> returns (cached until it expires).</summary>
    public async Task<TenantFeatureSnapshot> GetOrCreateAsync(Guid tenantId, Func<Task<(TenantFeatureSnapshot Snapshot, DateTimeOffset ExpiresAt)>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (cache.TryGetValue(Key(tenantId), out TenantFeatureSnapshot? cached) && cached is not null)
        {
            return cached;
        }

        // Take the token before loading: an edition change during the load cancels it, and the entry dies at once.
        var token = _editions.Token;
        var (snapshot, expiresAt) = await load();
        using var entry = cache.CreateEntry(Key(tenantId));
        entry.Value = snapshot;
        entry.AbsoluteExpiration = expiresAt;
        entry.AddExpirationToken(new CancellationChangeToken(token));
        return snapshot;
    }

    /// <summary>Forgets one tenant's values now and after <paramref name="unitOfWorkManager"/>'s unit of work commits.</summary>
    public void InvalidateTenant(Guid tenantId, IUnitOfWorkManager unitOfWorkManager)
    {
        ArgumentNullException.ThrowIfNull(unitOfWorkManager);
        var key = Key(tenantId);
        cache.Remove(key);
        unitOfWorkManager.Current?.OnCompleted(() =>
        {
            cache.Remove(key);
            return Task.CompletedTask;
        });
    }

    /// <summary>Forgets every tenant's values now and after <paramref name="unitOfWorkManager"/>'s unit of work commits.</summary>
    public void InvalidateAll(IUnitOfWorkManager unitOfWorkManager)
    {
        ArgumentNullException.ThrowIfNull(unitOfWorkManager);
        ExpireAll();
        unitOfWorkManager.Current?.OnCompleted(() =>
        {
            ExpireAll();
            return Task.CompletedTask;
        });
    }

    /// <inheritdoc/>
    public void Dispose() => _editions.Dispose();

    private void ExpireAll()
    {
        var previous = Interlocked.Exchange(ref _editions, new CancellationTokenSource());
        previous.Cancel();
        previous.Dispose();
    }
}
