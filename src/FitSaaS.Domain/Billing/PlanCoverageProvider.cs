using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.Caching.Distributed;

namespace FitSaaS.Billing;

/// <summary>
/// The tenant's plan coverage for the booking guard (<see cref="EntitlementManager.CheckBookingAsync"/>): from the
/// distributed cache (per tenant, <see cref="CacheDuration"/>, removed after the commit of a change:
/// <see cref="PlanCoverageChangedEvent"/>); the unit of work that changed a plan reads the plans from the database until it
/// commits. An instance keeps what it read for its lifetime (one request or job step).
/// </summary>
public sealed class PlanCoverageProvider(
    IPlanRepository plans,
    IDistributedCache<PlanCoverageCacheItem> cache,
    IUnitOfWorkManager unitOfWorkManager) : IDomainService
{
    /// <summary>The cache key (the cache adds the tenant).</summary>
    public const string CacheKey = "plans";

    /// <summary>How long the cached coverage lives: 10 minutes.</summary>
    public static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(10);

    private static readonly DistributedCacheEntryOptions Entry = new() { AbsoluteExpirationRelativeToNow = CacheDuration };

    private IReadOnlyList<PlanCoverage>? _plans;

    /// <summary>Every plan's coverage.</summary>
    public async Task<IReadOnlyList<PlanCoverage>> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_plans is { } memo)
        {
            return memo;
        }

        if (unitOfWorkManager.Current.HasCacheDataChanged(CacheKey) || await cache.GetAsync(CacheKey, cancellationToken) is not { } item)
        {
            item = new PlanCoverageCacheItem([.. (await plans.GetAllAsync(cancellationToken)).Select(PlanCoverage.Of)]);
            if (!unitOfWorkManager.Current.HasCacheDataChanged(CacheKey))
            {
                await cache.SetAsync(CacheKey, item, Entry, cancellationToken);
            }
        }

        return _plans = item.Plans;
    }
}
