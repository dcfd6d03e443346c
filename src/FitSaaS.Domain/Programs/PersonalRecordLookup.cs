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

        return current is null || current.ScoreValue is not { } value
            ? null
            : new PersonalRecordValue(current.Id, current.ScoringType, value, current.PerformedAtUtc);
    }
}
