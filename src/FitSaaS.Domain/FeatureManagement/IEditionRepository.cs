using FitSaaS.Framework.Domain;

namespace FitSaaS.FeatureManagement;

/// <summary>Repository of editions; <see cref="IRepository{TEntity,TKey}.FindAsync"/> includes the values.</summary>
public interface IEditionRepository : IRepository<Edition, Guid>
{
    /// <summary>Finds an edition (with values, tracked) by its upper-invariant name.</summary>
    Task<Edition?> FindByNameAsync(string normalizedName, CancellationToken cancellationToken = default);

    /// <summary>An edition's id, name and values (untracked), or null.</summary>
    Task<(Guid Id, string Name, Dictionary<string, string> Values)?> FindValuesAsync(Guid? id, string? normalizedName, CancellationToken cancellationToken = default);

    /// <summary>A page of editions whose name or display name contains <paramref name="filter"/>, and the total count.</summary>
    Task<(List<Edition> Items, long TotalCount)> GetPagedListAsync(
        string? filter, string? sortField, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>How many (not deleted) tenants are on the edition.</summary>
    Task<int> CountTenantsAsync(Guid editionId, CancellationToken cancellationToken = default);

    /// <summary>Names of the editions with these ids.</summary>
    Task<Dictionary<Guid, string>> GetNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);
}
