namespace FitSaaS.Framework.Features;

/// <summary>
/// Reads feature values of the current tenant, resolved tenant override → edition → default. The host
/// (no current tenant) is never restricted: booleans are on and quotas unlimited for it.
/// </summary>
public interface IFeatureChecker
{
    /// <summary>The current tenant's value (the default for the host), or null for an unknown name.</summary>
    Task<string?> GetOrNullAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>True when the boolean feature is on for the current tenant; always true for the host.</summary>
    /// <exception cref="Exceptions.BusinessException"><see cref="FeatureErrorCodes.UnknownFeature"/>.</exception>
    Task<bool> IsEnabledAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// The integer value for the current tenant; <see cref="FeatureDefinition.Unlimited"/> (-1) for the
    /// host and for unlimited tenants.
    /// </summary>
    /// <exception cref="Exceptions.BusinessException"><see cref="FeatureErrorCodes.UnknownFeature"/>.</exception>
    Task<int> GetIntAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Every defined feature's value for the current tenant (defaults for the host), by name.</summary>
    Task<IReadOnlyDictionary<string, string>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Throws unless the features are on: all of them when <paramref name="requiresAll"/>, otherwise at
    /// least one. Does nothing for the host.
    /// </summary>
    /// <exception cref="Exceptions.BusinessException">
    /// <see cref="FeatureErrorCodes.NotEnabled"/> (403; data <c>feature</c>, <c>features</c>), <see cref="FeatureErrorCodes.UnknownFeature"/>.
    /// </exception>
    Task CheckEnabledAsync(bool requiresAll, IReadOnlyList<string> names, CancellationToken cancellationToken = default);

    /// <summary>
    /// Throws when <paramref name="currentCount"/> units are already in use and the tenant's limit allows
    /// no more (<c>currentCount &gt;= limit</c>). Unlimited (-1) and the host always pass. For a race-free
    /// count, use <see cref="FeatureQuota"/>, which also serializes concurrent users of the quota.
    /// </summary>
    /// <exception cref="Exceptions.BusinessException">
    /// <see cref="FeatureErrorCodes.QuotaExceeded"/> (422; data <c>feature</c>, <c>limit</c>, <c>current</c>).
    /// </exception>
    Task CheckQuotaAsync(string name, long currentCount, CancellationToken cancellationToken = default);
}
