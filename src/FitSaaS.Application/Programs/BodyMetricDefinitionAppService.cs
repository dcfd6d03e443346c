using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Programs;

/// <inheritdoc cref="IBodyMetricDefinitionAppService"/>
[Authorize(ProgramsPermissions.BodyMetrics.Default)]
[RequiresFeature(ProgramsFeatures.Enabled)]
public sealed class BodyMetricDefinitionAppService(IBodyMetricDefinitionRepository definitions, BodyMetricManager metrics)
    : ApplicationService, IBodyMetricDefinitionAppService
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<BodyMetricDefinitionDto>> GetListAsync() =>
        (await metrics.GetAllAsync()).Select(m => m.ToDto()).ToList();

    /// <inheritdoc/>
    public async Task<BodyMetricDefinitionDto> GetAsync(Guid id) =>
        (await metrics.FindAsync(id) ?? throw new EntityNotFoundException(typeof(BodyMetricDefinition), id)).ToDto();

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.BodyMetrics.ManageDefinitions)]
    public async Task<BodyMetricDefinitionDto> CreateAsync(CreateBodyMetricDefinitionDto input)
    {
        ArgumentNullException.ThrowIfNull(input);

        // UnitKind is [Required]: the validation interceptor has rejected a null already.
        var definition = await metrics.CreateDefinitionAsync(input.Name, input.UnitKind!.Value, ToDetails(input));
        await definitions.InsertAsync(definition);
        return definition.ToBodyMetric().ToDto();
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.BodyMetrics.ManageDefinitions)]
    public async Task<BodyMetricDefinitionDto> UpdateAsync(Guid id, UpdateBodyMetricDefinitionDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var definition = await GetOwnAsync(id);
        await metrics.UpdateDefinitionAsync(definition, input.Name, ToDetails(input));
        return definition.ToBodyMetric().ToDto();
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.BodyMetrics.ManageDefinitions)]
    public async Task DeleteAsync(Guid id) => await metrics.DeleteDefinitionAsync(await GetOwnAsync(id));

    private async Task<BodyMetricDefinition> GetOwnAsync(Guid id)
    {
        if (BuiltInBodyMetrics.Find(id) is not null)
        {
            throw new BusinessException(ProgramsErrorCodes.BuiltInBodyMetricReadOnly, "Built-in body metrics cannot be changed or deleted.").WithData("metricId", id);
        }

        return await definitions.GetAsync(id);
    }

    private static BodyMetricDefinitionDetails ToDetails(BodyMetricDefinitionCreateOrUpdateDtoBase input) =>
        new(input.UnitLabel, input.MinValue, input.MaxValue, input.Preference);
}
