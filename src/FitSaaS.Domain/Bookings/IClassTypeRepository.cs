using FitSaaS.Framework.Domain;

namespace FitSaaS.Bookings;

/// <summary>Repository of class types (current tenant's only).</summary>
public interface IClassTypeRepository : IRepository<ClassType, Guid>
{
    /// <summary>Finds a class type by exact name.</summary>
    Task<ClassType?> FindByNameAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>The class types with these ids (missing ones are left out).</summary>
    Task<List<ClassType>> GetListByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>A page of class types whose name contains <paramref name="filter"/>, and the total count.</summary>
    /// <param name="filter">Substring of the name; null for all.</param>
    /// <param name="sortField">A whitelisted field (<c>name</c>, <c>defaultCapacity</c>, <c>durationMinutes</c>, <c>creationTime</c>); null = by name.</param>
    /// <param name="descending">Sort descending.</param>
    /// <param name="skipCount">Items to skip.</param>
    /// <param name="maxResultCount">Page size.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<(List<ClassType> Items, long TotalCount)> GetPagedListAsync(
        string? filter, string? sortField, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);
}
