using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Framework.Features;

/// <summary>
/// Enforces an integer feature as a quota at the moment of use, in the domain: take the per-(tenant,
/// feature) lock, count, and refuse when the count has reached the limit. Call it right before inserting
/// the new unit, inside the unit of work that inserts it.
/// </summary>
public sealed class FeatureQuota(IFeatureChecker features, IQuotaLock quotaLock, ICurrentTenant currentTenant)
{
    /// <summary>
    /// Throws when the current tenant already uses <c>limit</c> units of <paramref name="feature"/>
    /// (counted by <paramref name="countAsync"/> after the lock is taken). The host and unlimited (-1)
    /// tenants pass without locking.
    /// </summary>
    /// <exception cref="Exceptions.BusinessException">
    /// <see cref="FeatureErrorCodes.QuotaExceeded"/> (422; data <c>feature</c>, <c>limit</c>, <c>current</c>).
    /// </exception>
    public async Task EnsureAvailableAsync(string feature, Func<CancellationToken, Task<long>> countAsync, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feature);
        ArgumentNullException.ThrowIfNull(countAsync);
        if (currentTenant.Id is not { } tenantId)
        {
            return;
        }

        var limit = await features.GetIntAsync(feature, cancellationToken);
        if (limit == FeatureDefinition.Unlimited)
        {
            return;
        }

        await quotaLock.AcquireAsync($"quota:{tenantId:N}:{feature}", cancellationToken);
        var current = await countAsync(cancellationToken);
        if (current >= limit)
        {
            throw FeatureChecker.QuotaExceeded(feature, limit, current);
        }
    }
}
