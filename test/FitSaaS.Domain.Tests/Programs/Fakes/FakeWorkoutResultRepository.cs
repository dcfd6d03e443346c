using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Programs;

namespace FitSaaS.Domain.Tests.Programs.Fakes;

/// <summary>In-memory results (no tenant filter; soft-deleted ones hidden).</summary>
public sealed class FakeWorkoutResultRepository : FakeRepository<WorkoutResult>, IWorkoutResultRepository
{
    public Task<List<WorkoutResult>> GetKeyChainAsync(Guid memberId, string personalRecordKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.Where(r => r.MemberId == memberId && r.PersonalRecordKey == personalRecordKey).ToList());

    public Task<(List<WorkoutResult> Items, long TotalCount)> GetPagedByMemberAsync(
        Guid memberId, DateTime? performedFromUtc, DateTime? performedBeforeUtc, int skipCount, int maxResultCount, CancellationToken cancellationToken = default)
    {
        var all = Visible.Where(r => r.MemberId == memberId).OrderByDescending(r => r.PerformedAtUtc).ToList();
        return Task.FromResult((all.Skip(skipCount).Take(maxResultCount).ToList(), (long)all.Count));
    }

    public Task<List<WorkoutResult>> GetCurrentPersonalRecordsAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.Where(r => r.MemberId == memberId && r.IsCurrentPersonalRecord).ToList());

    public Task<List<WorkoutResult>> GetPersonalRecordHistoryAsync(Guid memberId, string personalRecordKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.Where(r => r.MemberId == memberId && r.PersonalRecordKey == personalRecordKey && r.IsPersonalRecord)
            .OrderBy(r => r.PerformedAtUtc).ToList());

    public Task<WorkoutResult?> FindCurrentPersonalRecordAsync(Guid memberId, string personalRecordKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.FirstOrDefault(r => r.MemberId == memberId && r.PersonalRecordKey == personalRecordKey && r.IsCurrentPersonalRecord));

    public Task<List<WorkoutResult>> GetForTrackDateAsync(Guid trackId, DateOnly date, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.Where(r => r.TrackId == trackId && r.Date == date).ToList());

    public Task<HashSet<Guid>> GetAssignmentIdsWithResultsAsync(IReadOnlyCollection<Guid> assignmentIds, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.Where(r => r.AssignmentId is { } id && assignmentIds.Contains(id)).Select(r => r.AssignmentId!.Value).ToHashSet());
}
