using FitSaaS.Framework.Domain;

namespace FitSaaS.Programs;

/// <summary>The current tenant's own body-metric definitions.</summary>
public interface IBodyMetricDefinitionRepository : IRepository<BodyMetricDefinition, Guid>
{
    /// <summary>The tenant's definitions (not deleted), by name.</summary>
    Task<List<BodyMetricDefinition>> GetListAsync(CancellationToken cancellationToken = default);

    /// <summary>How many definitions (not deleted) the tenant has.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>True when a definition (not deleted) other than <paramref name="excludedId"/> has this normalized name.</summary>
    Task<bool> NameExistsAsync(string normalizedName, Guid? excludedId = null, CancellationToken cancellationToken = default);
}
