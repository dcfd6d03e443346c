using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.Uow;

namespace FitSaaS.FeatureManagement;

/// <summary>Creates, renames and deletes editions and sets their values: unique names, validated values, cache invalidation.</summary>
public sealed class EditionManager(
    IEditionRepository editions,
    IFeatureDefinitionManager definitions,
    IGuidGenerator guids,
    FeatureValueCache cache,
    IUnitOfWorkManager unitOfWorkManager) : IDomainService
{
    /// <summary>Creates an edition (not yet inserted).</summary>
    /// <exception cref="BusinessException"><see cref="FeatureManagementErrorCodes.DuplicateEditionName"/>.</exception>
    public async Task<Edition> CreateAsync(string name, string displayName, CancellationToken cancellationToken = default)
    {
        await EnsureUniqueAsync(name, null, cancellationToken);
        return new Edition(guids.Create(), name, displayName);
    }

    /// <summary>Renames an edition.</summary>
    /// <exception cref="BusinessException"><see cref="FeatureManagementErrorCodes.DuplicateEditionName"/>.</exception>
    public async Task ChangeNameAsync(Edition edition, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edition);
        await EnsureUniqueAsync(name, edition.Id, cancellationToken);
        edition.SetName(name);
        await cache.InvalidateAllAsync(unitOfWorkManager);
    }

    /// <summary>
    /// Sets (or, for a null value, removes) feature values of the edition. All values are checked before
    /// any is applied, so a bad one changes nothing.
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="FeatureErrorCodes.UnknownFeature"/>, <see cref="FeatureErrorCodes.InvalidValue"/>.
    /// </exception>
    public async Task SetValuesAsync(Edition edition, IEnumerable<KeyValuePair<string, string?>> values)
    {
        ArgumentNullException.ThrowIfNull(edition);
        foreach (var (name, value) in NormalizeAll(definitions, values))
        {
            if (value is null)
            {
                edition.RemoveValue(name);
            }
            else
            {
                edition.SetValue(guids.Create(), name, value);
            }
        }

        await cache.InvalidateAllAsync(unitOfWorkManager);
    }

    /// <summary>Deletes an edition no tenant is on.</summary>
    /// <exception cref="BusinessException"><see cref="FeatureManagementErrorCodes.EditionInUse"/>.</exception>
    public async Task DeleteAsync(Edition edition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var tenantCount = await editions.CountTenantsAsync(edition.Id, cancellationToken);
        if (tenantCount > 0)
        {
            throw new BusinessException(FeatureManagementErrorCodes.EditionInUse, $"{tenantCount} tenant(s) are on edition '{edition.Name}'.")
                .WithData("editionId", edition.Id)
                .WithData("tenantCount", tenantCount);
        }

        await editions.DeleteAsync(edition, cancellationToken: cancellationToken);
        await cache.InvalidateAllAsync(unitOfWorkManager);
    }

    /// <summary>Checks and normalizes values against their definitions (null values pass: they mean "remove").</summary>
    /// <exception cref="BusinessException">
    /// <see cref="FeatureErrorCodes.UnknownFeature"/>, <see cref="FeatureErrorCodes.InvalidValue"/>.
    /// </exception>
    public static List<KeyValuePair<string, string?>> NormalizeAll(IFeatureDefinitionManager definitions, IEnumerable<KeyValuePair<string, string?>> values)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(values);
        var result = new List<KeyValuePair<string, string?>>();
        foreach (var (name, value) in values)
        {
            var definition = definitions.Get(name);
            if (value is null)
            {
                result.Add(new(name, null));
                continue;
            }

            var normalized = definition.Normalize(value, out var error)
                ?? throw new BusinessException(FeatureErrorCodes.InvalidValue, $"Invalid value for feature '{name}': {error}")
                    .WithData("feature", name)
                    .WithData("value", value)
                    .WithData("reason", error);
            result.Add(new(name, normalized));
        }

        return result;
    }

    private async Task EnsureUniqueAsync(string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var existing = await editions.FindByNameAsync(name.Trim().ToUpperInvariant(), cancellationToken);
        if (existing is not null && existing.Id != exceptId)
        {
            throw new BusinessException(FeatureManagementErrorCodes.DuplicateEditionName, $"An edition named '{name}' already exists.")
                .WithData("name", name);
        }
    }
}
