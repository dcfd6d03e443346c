using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Framework.Guids;
using FitSaaS.Programs;

namespace FitSaaS.Domain.Tests.Programs;

public sealed class FakePublishedWorkoutRepository : FakeRepository<PublishedWorkout>, IPublishedWorkoutRepository
{
    public Task<int> GetLatestVersionNumberAsync(Guid trackId, DateOnly date, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.Where(p => p.TrackId == trackId && p.Date == date).Select(p => p.PublishedVersion).DefaultIfEmpty(0).Max());

    public Task<List<PublishedWorkout>> GetCurrentListAsync(Guid trackId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.Where(p => p.TrackId == trackId && p.Date >= from && p.Date <= to)
            .GroupBy(p => p.Date).Select(g => g.MaxBy(p => p.PublishedVersion)!).Where(p => !p.IsUnpublished).OrderBy(p => p.Date).ToList());

    public Task<List<PublishedWorkout>> GetVersionsAsync(Guid trackId, DateOnly date, CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.Where(p => p.TrackId == trackId && p.Date == date).OrderBy(p => p.PublishedVersion).ToList());
}

public sealed class FakeWorkoutRepository : FakeRepository<Workout>, IWorkoutRepository
{
    public Task<Workout?> FindVisibleAsync(Guid id, Guid? tenantId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.FirstOrDefault(w => w.Id == id && (w.TenantId == null || w.TenantId == tenantId)));

    public Task<List<Workout>> GetVisibleListAsync(IReadOnlyCollection<Guid> ids, Guid? tenantId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.Where(w => ids.Contains(w.Id) && (w.TenantId == null || w.TenantId == tenantId)).ToList());

    public Task<long> GetCountAsync(WorkoutSearch search, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<List<Workout>> GetListAsync(WorkoutSearch search, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<HashSet<string>> GetGlobalBenchmarkKeysAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Items.Where(w => w.BenchmarkKey != null).Select(w => w.BenchmarkKey!).ToHashSet());

    public Task<Dictionary<string, Exercise>> GetGlobalExercisesByNameAsync(IReadOnlyCollection<string> normalizedNames, CancellationToken cancellationToken = default) =>
        Task.FromResult(new Dictionary<string, Exercise>());
}

public sealed class CountingGuidGenerator : IGuidGenerator
{
    public Guid Create() => Guid.CreateVersion7();
}
