using FitSaaS.Framework.DependencyInjection;

namespace FitSaaS.Programs;

/// <inheritdoc cref="IPersonalRecordLookup"/>
/// <remarks>
/// A workout's key includes its scoring type; the lookup returns the current record among the workout's keys (there is one
/// unless the workout's scoring type changed between versions; then the most recently performed one).
/// </remarks>
public sealed class PersonalRecordLookup(IWorkoutResultRepository results) : IPersonalRecordLookup, ITransientDependency
{
    /// <inheritdoc/>
    public async Task<PersonalRecordValue?> FindCurrentAsync(
        Guid memberId, Guid? workoutId, Guid? exerciseId, int? repMax, WorkoutDivision division, CancellationToken cancellationToken = default)
    {
        if ((workoutId is null) == (exerciseId is null))
        {
            throw new ArgumentException("Give exactly one of a workout and an exercise.", nameof(workoutId));
        }

        WorkoutResult? current;
        if (exerciseId is { } exercise)
        {
            current = await results.FindCurrentPersonalRecordAsync(memberId, WorkoutResult.LiftKey(exercise, repMax ?? 1, division), cancellationToken);
        }
        else
        {
            current = null;
            foreach (var scoringType in Enum.GetValues<ScoringType>().Where(t => t != ScoringType.NoScore))
            {
                var found = await results.FindCurrentPersonalRecordAsync(memberId, WorkoutResult.WorkoutKey(workoutId!.Value, scoringType, division), cancellationToken);
                if (found is not null && (current is null || found.PerformedAtUtc > current.PerformedAtUtc))
                {
                    current = found;
                }
            }
        }

        return current is null ? null : ToValue(current);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, PersonalRecordValue>> GetCurrentByKeyAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var current = await results.GetCurrentPersonalRecordsAsync(memberId, cancellationToken);
        var byKey = new Dictionary<string, PersonalRecordValue>(StringComparer.Ordinal);
        foreach (var result in current)
        {
            if (result.PersonalRecordKey is { } key && ToValue(result) is { } value)
            {
                byKey[key] = value;
            }
        }

        return byKey;
    }

    private static PersonalRecordValue? ToValue(WorkoutResult result) =>
        result.ScoreValue is { } value ? new PersonalRecordValue(result.Id, result.ScoringType, value, result.PerformedAtUtc) : null;
}
