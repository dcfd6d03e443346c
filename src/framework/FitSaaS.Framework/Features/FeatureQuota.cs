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
    public Task EnsureAvailableAsync(string feature, Func<CancellationToken, Task<long>> countAsync, CancellationToken cancellationToken = default) =>
        EnsureAvailableAsync(feature, 1, countAsync, cancellationToken);

    /// <summary>
    /// Throws when the current tenant cannot add <paramref name="units"/> units of <paramref name="feature"/>: when the units in
    /// use (counted by <paramref name="countAsync"/> after the lock is taken) plus <paramref name="units"/> exceed the limit.
    /// The host and unlimited (-1) tenants pass without locking; zero units pass without counting.
    /// </summary>
    /// <exception cref="Exceptions.BusinessException">
    /// <see cref="FeatureErrorCodes.QuotaExceeded"/> (data <c>feature</c>, <c>limit</c>, <c>current</c>).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is negative.</exception>
    public async Task EnsureAvailableAsync(string feature, int units, Func<CancellationToken, Task<long>> countAsync, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feature);
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        ArgumentNullException.ThrowIfNull(countAsync);
        if (currentTenant.Id is not { } tenantId || units == 0)
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
        if (current + units > limit)
        {
            throw FeatureChecker.QuotaExceeded(feature, limit, current);
        }
    }
}
