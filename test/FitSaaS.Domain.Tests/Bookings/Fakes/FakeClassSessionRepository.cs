using FitSaaS.Bookings;

namespace FitSaaS.Domain.Tests.Bookings.Fakes;

public sealed class FakeClassSessionRepository : FakeRepository<ClassSession>, IClassSessionRepository
{
    public int LockCount { get; private set; }

    public Task<ClassSession> GetSnapshotAsync(Guid id, CancellationToken cancellationToken = default) => GetAsync(id, cancellationToken);

    public async Task<ClassSession> LockAsync(Guid id, CancellationToken cancellationToken = default)
    {
        LockCount++;
        return await GetAsync(id, cancellationToken);
    }

    public Task<(List<ClassSession> Items, long TotalCount)> GetPagedListAsync(
        ClassSessionListFilter filter, string? sortField, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var all = Filter(filter).ToList();
        return Task.FromResult((all.Skip(skipCount).Take(maxResultCount).ToList(), (long)all.Count));
    }

    public Task<List<ClassSession>> GetListAsync(ClassSessionListFilter filter, CancellationToken cancellationToken = default) =>
        Task.FromResult(Filter(filter).ToList());

    public Task<bool> AnyAtLocationAsync(Guid locationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.Any(s => s.LocationId == locationId));

    public Task<bool> AnyOfClassTypeAsync(Guid classTypeId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.Any(s => s.ClassTypeId == classTypeId));

    public Task<List<ClassSession>> GetOfScheduleAsync(Guid classScheduleId, DateOnly fromDate, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.Where(s => s.ClassScheduleId == classScheduleId && s.OccurrenceDate >= fromDate).OrderBy(s => s.OccurrenceDate).ToList());

    private IEnumerable<ClassSession> Filter(ClassSessionListFilter filter) => Visible
        .Where(s => filter.FromUtc is null || s.StartsAtUtc >= filter.FromUtc)
        .Where(s => filter.ToUtc is null || s.StartsAtUtc < filter.ToUtc)
        .Where(s => filter.LocationId is null || s.LocationId == filter.LocationId)
        .Where(s => filter.ClassTypeId is null || s.ClassTypeId == filter.ClassTypeId)
        .Where(s => filter.CoachId is null || s.CoachId == filter.CoachId)
        .OrderBy(s => s.StartsAtUtc);
}
