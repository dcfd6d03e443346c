namespace FitSaaS.Programs;

/// <summary>
/// Reads a member's current personal record for a key (implemented by results; used by goals to compute progress).
/// </summary>
public interface IPersonalRecordLookup
{
    /// <summary>
    /// The member's current personal record for a workout (benchmark) or an exercise and rep-max scheme, in a division; null when
    /// the member has none. Exactly one of <paramref name="workoutId"/> and <paramref name="exerciseId"/> is given;
    /// <paramref name="repMax"/> (1, 3, 5, …) goes with <paramref name="exerciseId"/>.
    /// </summary>
    Task<PersonalRecordValue?> FindCurrentAsync(
        Guid memberId, Guid? workoutId, Guid? exerciseId, int? repMax, WorkoutDivision division, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every current personal record of a member, in one read, by key (<see cref="WorkoutResult.WorkoutKey"/> for a workout and
    /// scoring type, <see cref="WorkoutResult.LiftKey"/> for an exercise's rep max; each with its division).
    /// </summary>
    Task<IReadOnlyDictionary<string, PersonalRecordValue>> GetCurrentByKeyAsync(Guid memberId, CancellationToken cancellationToken = default);
}
