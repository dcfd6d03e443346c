using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Programs;

/// <summary>
/// Resolves body metrics (built-in or the tenant's), owns the rules of tenant definitions that need the repositories (unique
/// names, a cap, no deletion while in use) and creates entries.
/// </summary>
public sealed class BodyMetricManager(
    IBodyMetricDefinitionRepository definitions,
    IBodyMetricEntryRepository entries,
    IGoalRepository goals,
    IGuidGenerator guidGenerator,
    ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>The built-in metric or the current tenant's (not deleted) definition with this id; null otherwise.</summary>
    public async Task<BodyMetric?> FindAsync(Guid metricId, CancellationToken cancellationToken = default) =>
        BuiltInBodyMetrics.Find(metricId) ?? (await definitions.FindAsync(metricId, cancellationToken))?.ToBodyMetric();

    /// <summary>The metric with this id.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.UnknownBodyMetric"/>.</exception>
    public async Task<BodyMetric> GetAsync(Guid metricId, CancellationToken cancellationToken = default) =>
        await FindAsync(metricId, cancellationToken) ??
        throw new BusinessException(ProgramsErrorCodes.UnknownBodyMetric, "No such body metric.").WithData("metricId", metricId);

    /// <summary>The built-in metrics, then the tenant's by name.</summary>
    public async Task<List<BodyMetric>> GetAllAsync(CancellationToken cancellationToken = default) =>
        [.. BuiltInBodyMetrics.All, .. (await definitions.GetListAsync(cancellationToken)).Select(d => d.ToBodyMetric())];

    /// <summary>Creates a metric of the current tenant; the caller inserts it.</summary>
    /// <exception cref="BusinessException">
    /// <see cref="ProgramsErrorCodes.BuiltInBodyMetricReadOnly"/> for the host; <see cref="ProgramsErrorCodes.DuplicateBodyMetricName"/>;
    /// <see cref="ProgramsErrorCodes.TooManyBodyMetrics"/>; <see cref="ProgramsErrorCodes.InvalidBodyMetricDefinition"/>.
    /// </exception>
    public async Task<BodyMetricDefinition> CreateDefinitionAsync(
        string name, BodyMetricUnitKind unitKind, BodyMetricDefinitionDetails details, CancellationToken cancellationToken = default)
    {
        var tenantId = currentTenant.Id ??
            throw new BusinessException(ProgramsErrorCodes.BuiltInBodyMetricReadOnly, "Body metrics are defined by a tenant; the built-in ones are fixed.");
        var definition = new BodyMetricDefinition(guidGenerator.Create(), tenantId, name, unitKind, details);
        if (await definitions.CountAsync(cancellationToken) >= BodyMetricConsts.MaxTenantDefinitions)
        {
            throw new BusinessException(ProgramsErrorCodes.TooManyBodyMetrics, $"A gym defines at most {BodyMetricConsts.MaxTenantDefinitions} body metrics.");
        }

        await ThrowIfNameTakenAsync(definition, cancellationToken);
        return definition;
    }

    /// <summary>Renames a tenant's metric and replaces its details.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.DuplicateBodyMetricName"/>; <see cref="ProgramsErrorCodes.InvalidBodyMetricDefinition"/>.</exception>
    public async Task UpdateDefinitionAsync(BodyMetricDefinition definition, string name, BodyMetricDefinitionDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.Rename(name);
        definition.ChangeDetails(details);
        await ThrowIfNameTakenAsync(definition, cancellationToken);
    }

    /// <summary>Deletes (soft) a tenant's metric nobody has used.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.BodyMetricInUse"/>.</exception>
    public async Task DeleteDefinitionAsync(BodyMetricDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (await entries.AnyOfMetricAsync(definition.Id, cancellationToken) || await goals.AnyOfMetricAsync(definition.Id, cancellationToken))
        {
            throw new BusinessException(ProgramsErrorCodes.BodyMetricInUse, "The metric has entries or goals; it cannot be deleted.").WithData("metricId", definition.Id);
        }

        await definitions.DeleteAsync(definition, cancellationToken: cancellationToken);
    }

    /// <summary>Creates a member's entry of <paramref name="metric"/>; the caller inserts it.</summary>
    /// <exception cref="BusinessException">
    /// <see cref="ProgramsErrorCodes.UnitNotOfMetricKind"/>, <see cref="ProgramsErrorCodes.BodyMetricValueOutOfRange"/>,
    /// <see cref="ProgramsErrorCodes.MeasuredInFuture"/>.
    /// </exception>
    public BodyMetricEntry CreateEntry(Guid memberId, BodyMetric metric, decimal value, BodyMetricUnit? unit, DateTime measuredAt, DateTime now, string? notes) =>
        new(guidGenerator.Create(), currentTenant.Id, memberId, metric, value, unit, measuredAt, now, notes);

    private async Task ThrowIfNameTakenAsync(BodyMetricDefinition definition, CancellationToken cancellationToken)
    {
        // Advisory under concurrency, like exercise names: a tenant's own list.
        if (BuiltInBodyMetrics.All.Any(m => BodyMetricDefinition.NormalizeName(m.Name) == definition.NormalizedName) ||
            await definitions.NameExistsAsync(definition.NormalizedName, definition.Id, cancellationToken))
        {
            throw new BusinessException(ProgramsErrorCodes.DuplicateBodyMetricName, $"A body metric named '{definition.Name}' already exists.")
                .WithData("name", definition.Name);
        }
    }
}
