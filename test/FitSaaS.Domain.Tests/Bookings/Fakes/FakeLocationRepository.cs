using FitSaaS.Bookings;

namespace FitSaaS.Domain.Tests.Bookings.Fakes;

public sealed class FakeLocationRepository : FakeRepository<Location>, ILocationRepository
{
    public Task<Location?> FindByNameAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.FirstOrDefault(l => l.Name == name));

    public Task<long> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult((long)Visible.Count());

    public Task<List<Location>> GetListByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.Where(l => ids.Contains(l.Id)).ToList());

    public Task<(List<Location> Items, long TotalCount)> GetPagedListAsync(
        string? filter, string? sortField, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var all = Visible.OrderBy(l => l.Name).ToList();
        return Task.FromResult((all.Skip(skipCount).Take(maxResultCount).ToList(), (long)all.Count));
    }
}
