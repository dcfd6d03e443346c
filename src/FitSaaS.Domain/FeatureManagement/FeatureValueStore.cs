using FitSaaS.Framework.Features;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.Options;

namespace FitSaaS.FeatureManagement;

/// <summary>
/// The database <see cref="IFeatureValueStore"/>: resolves a tenant's values as tenant override → edition in
/// effect (the trial fallback edition once the assigned edition's end date passed, decided at read time) and
/// caches the result per tenant (<see cref="FeatureValueCache"/>) until a change, the cache duration, or the
/// edition end date, whichever comes first. Stored values that no longer fit their definition are ignored.
/// </summary>
public sealed class FeatureValueStore(
    IEditionRepository editions,
    ITenantFeatureValueRepository tenantValues,
    IFeatureDefinitionManager definitions,
    FeatureValueCache cache,
    IUnitOfWorkManager unitOfWorkManager,
    TimeProvider clock,
    IOptions<FeatureManagementOptions> options) : IFeatureValueStore
{
    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, string>> GetTenantValuesAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        (await GetSnapshotAsync(tenantId, cancellationToken)).Values;

    /// <summary>The tenant's edition, edition in effect, edition values and overrides (cached).</summary>
    public Task<TenantFeatureSnapshot> GetSnapshotAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync(tenantId, () => LoadAsync(tenantId, cancellationToken), unitOfWorkManager.Current, cancellationToken);

    /// <summary>
    /// The snapshot read from the database, bypassing the cache: for reading back a change inside its own
    /// unit of work, whose uncommitted state must not be cached (it could still roll back).
    /// </summary>
    public async Task<TenantFeatureSnapshot> LoadSnapshotAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        (await LoadAsync(tenantId, cancellationToken)).Item1;

    private async Task<(TenantFeatureSnapshot, TimeSpan)> LoadAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expiresAt = now + options.Value.CacheDuration;
        var assignment = await tenantValues.FindTenantEditionAsync(tenantId, cancellationToken);
        var (editionId, endDate) = assignment ?? (null, null);
        var expired = endDate is { } end && end <= now.UtcDateTime;
        if (endDate is { } future && !expired && future < expiresAt.UtcDateTime)
        {
            // The trial ends before the entry would: re-resolve at that moment, no job needed.
            expiresAt = new DateTimeOffset(DateTime.SpecifyKind(future, DateTimeKind.Utc));
        }

        (Guid Id, string Name, Dictionary<string, string> Values)? edition = null;
        if (editionId is not null && !expired)
        {
            edition = await editions.FindValuesAsync(editionId, null, cancellationToken);
        }
        else if (expired)
        {
            edition = await editions.FindValuesAsync(null, options.Value.TrialFallbackEdition.Trim().ToUpperInvariant(), cancellationToken);
        }

        var overrides = assignment is null ? [] : await tenantValues.GetListAsync(tenantId, cancellationToken: cancellationToken);
        var snapshot = new TenantFeatureSnapshot(
            tenantId,
            editionId,
            endDate,
            edition?.Id,
            edition?.Name,
            expired,
            Valid(edition?.Values.Select(v => (v.Key, v.Value)) ?? []),
            Valid(overrides.Select(v => (v.Name, v.Value))));
        return (snapshot, expiresAt - now);
    }

    private Dictionary<string, string> Valid(IEnumerable<(string Name, string Value)> stored)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in stored)
        {
            if (definitions.Find(name)?.Normalize(value, out _) is { } normalized)
            {
                values[name] = normalized;
            }
        }

        return values;
    }
}
