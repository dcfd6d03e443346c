using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.Uow;
using FitSaaS.TenantManagement;
using Microsoft.Extensions.Options;

namespace FitSaaS.FeatureManagement;

/// <summary>
/// Puts tenants on editions (optionally until an end date: a trial) and sets their overrides; every change
/// drops the tenant's cached values (now and after commit).
/// </summary>
public sealed class TenantFeatureManager(
    ITenantFeatureValueRepository tenantValues,
    IEditionRepository editions,
    IFeatureDefinitionManager definitions,
    IGuidGenerator guids,
    FeatureValueCache cache,
    IUnitOfWorkManager unitOfWorkManager,
    TimeProvider clock,
    IOptions<FeatureManagementOptions> options) : IDomainService
{
    /// <summary>
    /// Puts a new tenant on the requested edition (id wins over name), or on <see cref="FeatureManagementOptions.DefaultEdition"/>
    /// (<c>Free</c>) when none is requested and it exists.
    /// </summary>
    /// <exception cref="BusinessException"><see cref="FeatureManagementErrorCodes.EditionNotFound"/> for a requested edition that does not exist.</exception>
    public async Task AssignInitialEditionAsync(Tenant tenant, Guid? editionId, string? editionName, bool isDemo = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        Guid? id;
        if (editionId is not null || !string.IsNullOrWhiteSpace(editionName))
        {
            id = await GetEditionIdAsync(editionId, editionName, cancellationToken);
        }
        else
        {
            var name = isDemo ? EditionNames.Pro : options.Value.DefaultEdition;
            id = (await editions.FindValuesAsync(null, name.Trim().ToUpperInvariant(), cancellationToken))?.Id;
        }

        if (id is not null)
        {
            await AssignEditionAsync(tenant, id, null, cancellationToken);
        }
    }

    /// <summary>The id of the edition named <paramref name="editionName"/> or with id <paramref name="editionId"/> (the id wins).</summary>
    /// <exception cref="BusinessException"><see cref="FeatureManagementErrorCodes.EditionNotFound"/>.</exception>
    public async Task<Guid> GetEditionIdAsync(Guid? editionId, string? editionName, CancellationToken cancellationToken = default)
    {
        var found = await editions.FindValuesAsync(editionId, editionId is null ? editionName?.Trim().ToUpperInvariant() : null, cancellationToken);
        return found?.Id ?? throw new BusinessException(FeatureManagementErrorCodes.EditionNotFound, "There is no such edition.")
            .WithData("edition", editionId?.ToString() ?? editionName);
    }

    /// <summary>
    /// Puts the tenant on an edition (null = none: defaults apply) until <paramref name="endDateUtc"/> (null = no end),
    /// after which the trial fallback edition is in effect.
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="FeatureManagementErrorCodes.EditionNotFound"/>, <see cref="FeatureManagementErrorCodes.EndDateWithoutEdition"/>.
    /// </exception>
    /// <exception cref="FitSaaSValidationException">The end date is not in the future (<c>endDateUtc</c>).</exception>
    public async Task AssignEditionAsync(Tenant tenant, Guid? editionId, DateTime? endDateUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (editionId is null && endDateUtc is not null)
        {
            throw new BusinessException(FeatureManagementErrorCodes.EndDateWithoutEdition, "An end date needs an edition.");
        }

        if (endDateUtc is { } end && end.ToUniversalTime() <= clock.GetUtcNow().UtcDateTime)
        {
            throw new FitSaaSValidationException("endDateUtc", "The end date must be in the future.");
        }

        if (editionId is not null)
        {
            await GetEditionIdAsync(editionId, null, cancellationToken);
        }

        tenant.SetEdition(editionId, endDateUtc?.ToUniversalTime());
        await cache.InvalidateTenantAsync(tenant.Id, unitOfWorkManager);
    }

    /// <summary>
    /// Sets (or, for a null value, removes) the tenant's overrides. All values are checked before any is
    /// applied. The tenant's existence is the caller's to check.
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="FeatureErrorCodes.UnknownFeature"/>, <see cref="FeatureErrorCodes.InvalidValue"/>.
    /// </exception>
    public async Task SetOverridesAsync(Guid tenantId, IEnumerable<KeyValuePair<string, string?>> values, CancellationToken cancellationToken = default)
    {
        var normalized = EditionManager.NormalizeAll(definitions, values);
        var rows = await tenantValues.GetListAsync(tenantId, tracking: true, cancellationToken);
        foreach (var (name, value) in normalized)
        {
            var row = rows.FirstOrDefault(r => r.Name == name);
            if (value is null)
            {
                if (row is not null)
                {
                    await tenantValues.DeleteAsync(row, cancellationToken: cancellationToken);
                    rows.Remove(row);
                }
            }
            else if (row is null)
            {
                row = new TenantFeatureValue(guids.Create(), tenantId, name, value);
                await tenantValues.InsertAsync(row, cancellationToken: cancellationToken);
                rows.Add(row);
            }
            else
            {
                row.ChangeValue(value);
            }
        }

        await cache.InvalidateTenantAsync(tenantId, unitOfWorkManager);
    }
}
