using FitSaaS.Framework.Domain;

namespace FitSaaS.Programs;

/// <summary>Workout and lift results of the current tenant (soft-deleted ones excluded).</summary>
public interface IWorkoutResultRepository : IRepository<WorkoutResult, Guid>
{
    /// <summary>Every result of a member's personal-record key, tracked (to recompute the key's chain).</summary>
    Task<List<WorkoutResult>> GetKeyChainAsync(Guid memberId, string personalRecordKey, CancellationToken cancellationToken = default);

    /// <summary>One page of a member's results, newest performed first, untracked; with the total count.</summary>
    Task<(List<WorkoutResult> Items, long TotalCount)> GetPagedByMemberAsync(
        Guid memberId, DateTime? performedFromUtc, DateTime? performedBeforeUtc, int skipCount, int maxResultCount,
        CancellationToken cancellationToken = default);

    /// <summary>A member's current personal records (one result per key), untracked.</summary>
    Task<List<WorkoutResult>> GetCurrentPersonalRecordsAsync(Guid memberId, CancellationToken cancellationToken = default);

    /// <summary>The results of a key that were personal records when performed, oldest first, untracked.</summary>
    Task<List<WorkoutResult>> GetPersonalRecordHistoryAsync(Guid memberId, string personalRecordKey, CancellationToken cancellationToken = default);

    /// <summary>The current personal record of a key, untracked; null when none.</summary>
    Task<WorkoutResult?> FindCurrentPersonalRecordAsync(Guid memberId, string personalRecordKey, CancellationToken cancellationToken = default);

    /// <summary>Every result published on a track for a date (all versions), untracked.</summary>
    Task<List<WorkoutResult>> GetForTrackDateAsync(Guid trackId, DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>The ids among <paramref name="assignmentIds"/> that have at least one result.</summary>
    Task<HashSet<Guid>> GetAssignmentIdsWithResultsAsync(IReadOnlyCollection<Guid> assignmentIds, CancellationToken cancellationToken = default);
}
