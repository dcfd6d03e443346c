using FitSaaS.Framework.Domain;

namespace FitSaaS.Bookings;

/// <summary>Repository of locations (current tenant's only).</summary>
public interface ILocationRepository : IRepository<Location, Guid>
{
    /// <summary>Finds a location by exact name.</summary>
    Task<Location?> FindByNameAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>How many (not deleted) locations the current tenant has.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>The locations with these ids (missing ones are left out).</summary>
    Task<List<Location>> GetListByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>A page of locations whose name contains <paramref name="filter"/>, and the total count.</summary>
    /// <param name="filter">Substring of the name; null for all.</param>
    /// <param name="sortField">A whitelisted field (<c>name</c>, <c>creationTime</c>); null = by name.</param>
    /// <param name="descending">Sort descending.</param>
    /// <param name="skipCount">Items to skip.</param>
    /// <param name="maxResultCount">Page size.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<(List<Location> Items, long TotalCount)> GetPagedListAsync(
        string? filter, string? sortField, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);
}
