using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Programs;

/// <summary>
/// Logs, changes and deletes results and keeps personal records right (DOMAIN.md §2.18): every change takes the lock of the
/// member's personal-record key(s) (<see cref="IQuotaLock"/>, for the rest of the transaction), reads the key's whole chain
/// under it and recomputes every result's flags with <see cref="PersonalRecordChain"/>, so two results of one key saved at
/// once serialise and leave exactly one current record. Call it inside a transactional unit of work.
/// </summary>
public sealed class WorkoutResultManager(
    IWorkoutResultRepository results,
    IQuotaLock locks,
    IGuidGenerator guids,
    ICurrentTenant currentTenant,
    TimeProvider clock) : IDomainService
{
    /// <summary>The lock name of a member's personal-record key in a tenant.</summary>
    public static string LockKey(Guid? tenantId, Guid memberId, string personalRecordKey) =>
        $"Programs.PersonalRecords:{tenantId:N}:{memberId:N}:{personalRecordKey}";

    /// <summary>Logs a result for a resolved workout target.</summary>
    /// <exception cref="BusinessException">
    /// <c>Programs:ScaledNotAvailable</c>; <c>Programs:PerformedAtInFuture</c>; the score's codes (<see cref="WorkoutScore.Create"/>).
    /// </exception>
    public async Task<WorkoutResult> LogWorkoutAsync(
        Guid memberId, Guid loggedByUserId, WorkoutResultTarget target, WorkoutDivision division, ScoreEntry score, DateTime performedAtUtc, string? notes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var result = WorkoutResult.ForWorkout(guids.Create(), currentTenant.Id, memberId, loggedByUserId, Now(), target);
        Apply(result, division, score, performedAtUtc, notes);
        await RecomputeAsync(result, previousKey: null, deleted: false, cancellationToken);
        await results.InsertAsync(result, cancellationToken: cancellationToken);
        return result;
    }

    /// <summary>Logs a lift: an exercise's rep-max scheme, scored by load.</summary>
    /// <exception cref="BusinessException">
    /// <c>Programs:InvalidResultTarget</c> for a rep max outside 1–20; <c>Programs:PerformedAtInFuture</c>; the score's codes.
    /// </exception>
    public async Task<WorkoutResult> LogLiftAsync(
        Guid memberId, Guid loggedByUserId, Guid exerciseId, string exerciseName, int repMax, WorkoutDivision division, ScoreEntry score,
        DateTime performedAtUtc, string? notes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exerciseName);
        if (repMax is < 1 or > WorkoutResultConsts.MaxRepMax)
        {
            throw new BusinessException(ProgramsErrorCodes.InvalidResultTarget, "A rep-max scheme is 1 to 20 reps.").WithData("repMax", repMax);
        }

        var result = WorkoutResult.ForLift(guids.Create(), currentTenant.Id, memberId, loggedByUserId, Now(), exerciseId, repMax, $"{exerciseName} {repMax}RM");
        Apply(result, division, score, performedAtUtc, notes);
        await RecomputeAsync(result, previousKey: null, deleted: false, cancellationToken);
        await results.InsertAsync(result, cancellationToken: cancellationToken);
        return result;
    }

    /// <summary>Changes what the member did (division, score, performed-at, notes) and recomputes the old and new keys.</summary>
    /// <exception cref="BusinessException">As <see cref="LogWorkoutAsync"/>, against the result's snapshot of the scoring rules.</exception>
    public async Task UpdateAsync(
        WorkoutResult result, WorkoutDivision division, ScoreEntry score, DateTime performedAtUtc, string? notes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var previousKey = result.PersonalRecordKey;
        Apply(result, division, score, performedAtUtc, notes);
        await RecomputeAsync(result, previousKey, deleted: false, cancellationToken);
    }

    /// <summary>Deletes a result and recomputes its key.</summary>
    public async Task DeleteAsync(WorkoutResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        await RecomputeAsync(result, previousKey: null, deleted: true, cancellationToken);
        await results.DeleteAsync(result, cancellationToken: cancellationToken);
    }

    private void Apply(WorkoutResult result, WorkoutDivision division, ScoreEntry entry, DateTime performedAtUtc, string? notes)
    {
        if (!Enum.IsDefined(division))
        {
            throw new BusinessException(ProgramsErrorCodes.InvalidResultTarget, "Unknown division.").WithData("division", (int)division);
        }

        if (division == WorkoutDivision.Scaled && !result.HasScaledLevel)
        {
            throw new BusinessException(ProgramsErrorCodes.ScaledNotAvailable, "The workout defines no scaled level: log it Rx.")
                .WithData("workoutId", result.WorkoutId);
        }

        var performed = ToUtcMicroseconds(performedAtUtc);
        if (performed > clock.GetUtcNow().UtcDateTime + WorkoutResultConsts.MaxFutureSkew)
        {
            throw new BusinessException(ProgramsErrorCodes.PerformedAtInFuture, "A result cannot be performed in the future.")
                .WithData("performedAt", performed);
        }

        var score = WorkoutScore.Create(result.ScoringType, result.TimeCapSeconds, entry);
        result.Set(division, score, performed, notes);
    }

    private async Task RecomputeAsync(WorkoutResult subject, string? previousKey, bool deleted, CancellationToken cancellationToken)
    {
        var keys = new[] { previousKey, subject.PersonalRecordKey }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            return;
        }

        await locks.AcquireAllAsync(keys.Select(k => LockKey(subject.TenantId, subject.MemberId, k)).ToList(), cancellationToken);
        var computed = new Dictionary<WorkoutResult, PersonalRecordFlags> { [subject] = new(false, false) };
        foreach (var key in keys)
        {
            var chain = (await results.GetKeyChainAsync(subject.MemberId, key, cancellationToken))
                .Where(r => r.Id != subject.Id)
                .ToList();
            if (!deleted && string.Equals(subject.PersonalRecordKey, key, StringComparison.Ordinal))
            {
                chain.Add(subject);
            }

            var flags = PersonalRecordChain.Compute(chain.Select(r => new PersonalRecordCandidate(r.Id, r.PerformedAtUtc, r.LoggedAtUtc, r.Score)));
            foreach (var result in chain)
            {
                computed[result] = flags[result.Id];
            }
        }

        // The unique index on a key's current record is checked row by row: first save the results that stop being current,
        // then set the new current one (saved with the unit of work).
        var cleared = computed.Where(c => c.Key.IsCurrentPersonalRecord && !c.Value.IsCurrentPersonalRecord).Select(c => c.Key).ToList();
        foreach (var result in cleared)
        {
            result.SetPersonalRecordFlags(computed[result]);
        }

        if (cleared.Count > 0 && computed.Keys.Any(r => r.IsCurrentPersonalRecord != computed[r].IsCurrentPersonalRecord))
        {
            await results.UpdateAsync(cleared[0], autoSave: true, cancellationToken);
        }

        foreach (var (result, flags) in computed)
        {
            result.SetPersonalRecordFlags(flags);
        }
    }

    private DateTime Now() => ToUtcMicroseconds(clock.GetUtcNow().UtcDateTime);

    /// <summary>UTC, truncated to whole microseconds (what PostgreSQL stores), so responses match later reads.</summary>
    private static DateTime ToUtcMicroseconds(DateTime value)
    {
        var utc = value.Kind switch
        {
            DateTimeKind.Local => value.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
            _ => value,
        };
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }
}
