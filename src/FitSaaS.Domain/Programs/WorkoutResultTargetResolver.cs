using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Programs;

/// <summary>
/// <see cref="IWorkoutResultTargetResolver"/> over publications, assignments and the workout library: the scoring rules come from
/// the snapshot the member was shown (publication, assignment) or from the workout's current version (library).
/// </summary>
public sealed class WorkoutResultTargetResolver(
    IPublishedWorkoutRepository publications,
    IWorkoutAssignmentRepository assignments,
    IWorkoutRepository workouts,
    ICurrentTenant currentTenant,
    TimeProvider clock) : IWorkoutResultTargetResolver, ITransientDependency
{
    /// <inheritdoc/>
    public async Task<WorkoutResultTarget> ResolveAsync(WorkoutResultTargetReference reference, Guid memberId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var given = (reference.PublishedWorkoutId is null ? 0 : 1) + (reference.AssignmentId is null ? 0 : 1) + (reference.WorkoutId is null ? 0 : 1);
        if (given != 1)
        {
            throw new BusinessException(ProgramsErrorCodes.InvalidResultTarget, "A result is for exactly one of a published workout, an assignment or a workout.");
        }

        if (reference.PublishedWorkoutId is { } publishedId)
        {
            var published = await publications.FindAsync(publishedId, cancellationToken) ?? throw new EntityNotFoundException(typeof(PublishedWorkout), publishedId);
            if (!published.IsVisibleToMembersAt(clock.GetUtcNow().UtcDateTime))
            {
                throw new BusinessException(ProgramsErrorCodes.WorkoutNotPublished, "The workout is not published (yet).").WithData("publishedWorkoutId", publishedId);
            }

            return ToTarget(published.Snapshot, published.Id, assignmentId: null, published.TrackId, published.Date);
        }

        if (reference.AssignmentId is { } assignmentId)
        {
            var assignment = await assignments.FindAsync(assignmentId, cancellationToken) ?? throw new EntityNotFoundException(typeof(WorkoutAssignment), assignmentId);
            if (assignment.MemberId != memberId)
            {
                throw new BusinessException(ProgramsErrorCodes.AssignmentNotForMember, "The assignment is another member's.").WithData("assignmentId", assignmentId);
            }

            return ToTarget(assignment.Snapshot, publishedWorkoutId: null, assignment.Id, trackId: null, assignment.Date);
        }

        var workoutId = reference.WorkoutId!.Value;
        var workout = await workouts.FindVisibleAsync(workoutId, currentTenant.Id, cancellationToken) ?? throw new EntityNotFoundException(typeof(Workout), workoutId);
        return ToTarget(workout.ToSnapshot(), publishedWorkoutId: null, assignmentId: null, trackId: null, date: null);
    }

    private static WorkoutResultTarget ToTarget(WorkoutSnapshot snapshot, Guid? publishedWorkoutId, Guid? assignmentId, Guid? trackId, DateOnly? date) => new(
        snapshot.WorkoutId,
        snapshot.WorkoutVersion,
        snapshot.PersonalRecordWorkoutId,
        publishedWorkoutId,
        assignmentId,
        trackId,
        date,
        snapshot.Title,
        snapshot.ScoringType,
        snapshot.TimeCapSeconds,
        snapshot.HasScaledLevel);
}
