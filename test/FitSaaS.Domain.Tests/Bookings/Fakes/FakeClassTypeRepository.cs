using FitSaaS.Bookings;

namespace FitSaaS.Domain.Tests.Bookings.Fakes;

public sealed class FakeClassTypeRepository : FakeRepository<ClassType>, IClassTypeRepository
{
    public Task<ClassType?> FindByNameAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.FirstOrDefault(c => c.Name == name));

    public Task<List<ClassType>> GetListByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.Where(c => ids.Contains(c.Id)).ToList());

    public Task<(List<ClassType> Items, long TotalCount)> GetPagedListAsync(
        string? filter, string? sortField, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var all = Visible.OrderBy(c => c.Name).ToList();
        return Task.FromResult((all.Skip(skipCount).Take(maxResultCount).ToList(), (long)all.Count));
    }
}
