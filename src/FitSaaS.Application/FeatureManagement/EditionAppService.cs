using FitSaaS.Framework.Application;
using FitSaaS.Framework.Features;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.FeatureManagement;

/// <inheritdoc cref="IEditionAppService"/>
[Authorize(FeatureManagementPermissions.Editions.Default)]
public sealed class EditionAppService(IEditionRepository editions, EditionManager editionManager, IFeatureDefinitionManager definitions)
    : ApplicationService, IEditionAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<EditionDto>> GetListAsync(GetEditionListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        SortingSpec.TryParse(input.Sorting, ["name", "displayName", "creationTime"], out var sorting);
        var (items, total) = await editions.GetPagedListAsync(input.Filter, sorting.Field, sorting.Descending, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<EditionDto>(total, items.Select(e => e.ToDto()).ToList());
    }

    /// <inheritdoc/>
    public async Task<EditionDto> GetAsync(Guid id) => (await editions.GetAsync(id)).ToDto();

    /// <inheritdoc/>
    [Authorize(FeatureManagementPermissions.Editions.Create)]
    public async Task<EditionDto> CreateAsync(CreateEditionDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var edition = await editionManager.CreateAsync(input.Name, input.DisplayName);
        await editionManager.SetValuesAsync(edition, (input.Features ?? []).Select(f => new KeyValuePair<string, string?>(f.Name, f.Value)));
        await editions.InsertAsync(edition, autoSave: true);
        return edition.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(FeatureManagementPermissions.Editions.Update)]
    public async Task<EditionDto> UpdateAsync(Guid id, UpdateEditionDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var edition = await editions.GetAsync(id);
        if (input.ConcurrencyStamp is not null)
        {
            edition.ConcurrencyStamp = input.ConcurrencyStamp;
        }

        await editionManager.ChangeNameAsync(edition, input.Name);
        edition.SetDisplayName(input.DisplayName);
        await editions.UpdateAsync(edition, autoSave: true);
        return edition.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(FeatureManagementPermissions.Editions.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var edition = await editions.GetAsync(id);
        await editionManager.DeleteAsync(edition);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<FeatureValueDto>> GetValuesAsync(Guid id) => (await editions.GetAsync(id)).ToValueDtos(definitions);

    /// <inheritdoc/>
    [Authorize(FeatureManagementPermissions.Editions.Update)]
    public async Task<IReadOnlyList<FeatureValueDto>> UpdateValuesAsync(Guid id, UpdateFeatureValuesDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var edition = await editions.GetAsync(id);
        await editionManager.SetValuesAsync(edition, input.Features.Select(f => new KeyValuePair<string, string?>(f.Name, f.Value)));
        await editions.UpdateAsync(edition, autoSave: true);
        return edition.ToValueDtos(definitions);
    }
}
