using FitSaaS.Bookings;

namespace FitSaaS.Domain.Tests.Bookings.Fakes;

public sealed class FakeClassScheduleRepository : FakeRepository<ClassSchedule>, IClassScheduleRepository
{
    public int LockCount { get; private set; }

    public async Task<ClassSchedule> LockAsync(Guid id, CancellationToken cancellationToken = default)
    {
        LockCount++;
        return await GetAsync(id, cancellationToken);
    }

    public Task<(List<ClassSchedule> Items, long TotalCount)> GetPagedListAsync(
        Guid? locationId, Guid? classTypeId, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var all = Visible.Where(s => (locationId == null || s.LocationId == locationId) && (classTypeId == null || s.ClassTypeId == classTypeId))
            .OrderBy(s => s.LocationId).ThenBy(s => s.LocalStartTime).ThenBy(s => s.Id).ToList();
        return Task.FromResult((all.Skip(skipCount).Take(maxResultCount).ToList(), (long)all.Count));
    }

    public Task<List<Guid>> GetIdsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.Select(s => s.Id).Order().ToList());

    public Task<bool> AnyAtLocationAsync(Guid locationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.Any(s => s.LocationId == locationId));

    public Task<bool> AnyOfClassTypeAsync(Guid classTypeId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.Any(s => s.ClassTypeId == classTypeId));
}
