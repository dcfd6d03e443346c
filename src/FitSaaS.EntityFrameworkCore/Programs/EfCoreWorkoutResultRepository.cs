using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <inheritdoc cref="IWorkoutResultRepository"/>
public sealed class EfCoreWorkoutResultRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, WorkoutResult>(dbContextProvider), IWorkoutResultRepository
{
    /// <inheritdoc/>
    public async Task<List<WorkoutResult>> GetKeyChainAsync(Guid memberId, string personalRecordKey, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .Where(r => r.MemberId == memberId && r.PersonalRecordKey == personalRecordKey)
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<(List<WorkoutResult> Items, long TotalCount)> GetPagedByMemberAsync(
        Guid memberId, DateTime? performedFromUtc, DateTime? performedBeforeUtc, int skipCount, int maxResultCount,
        CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(r => r.MemberId == memberId);
        if (performedFromUtc is { } from)
        {
            query = query.Where(r => r.PerformedAtUtc >= from);
        }

        if (performedBeforeUtc is { } before)
        {
            query = query.Where(r => r.PerformedAtUtc < before);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = total == 0
            ? []
            : await query.OrderByDescending(r => r.PerformedAtUtc).ThenByDescending(r => r.LoggedAtUtc).ThenBy(r => r.Id)
                .Skip(skipCount).Take(maxResultCount).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <inheritdoc/>
    public async Task<List<WorkoutResult>> GetCurrentPersonalRecordsAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(r => r.MemberId == memberId && r.IsCurrentPersonalRecord)
            .OrderBy(r => r.Title).ThenBy(r => r.PersonalRecordKey)
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<List<WorkoutResult>> GetPersonalRecordHistoryAsync(Guid memberId, string personalRecordKey, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(r => r.MemberId == memberId && r.PersonalRecordKey == personalRecordKey && r.IsPersonalRecord)
            .OrderBy(r => r.PerformedAtUtc).ThenBy(r => r.LoggedAtUtc).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<WorkoutResult?> FindCurrentPersonalRecordAsync(Guid memberId, string personalRecordKey, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .FirstOrDefaultAsync(r => r.MemberId == memberId && r.PersonalRecordKey == personalRecordKey && r.IsCurrentPersonalRecord, cancellationToken);

    /// <inheritdoc/>
    public async Task<List<WorkoutResult>> GetForTrackDateAsync(Guid trackId, DateOnly date, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(r => r.TrackId == trackId && r.Date == date)
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<HashSet<Guid>> GetAssignmentIdsWithResultsAsync(IReadOnlyCollection<Guid> assignmentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignmentIds);
        var ids = assignmentIds.Distinct().ToList();
        var found = await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(r => r.AssignmentId != null && ids.Contains(r.AssignmentId.Value))
            .Select(r => r.AssignmentId!.Value)
            .Distinct()
            .ToListAsync(cancellationToken);
        return found.ToHashSet();
    }
}
