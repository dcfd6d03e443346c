namespace FitSaaS.Programs;

/// <summary>
/// Resolves what a member's result is logged against (implemented by the programming side of the module: workouts, tracks,
/// assignments; used by results).
/// </summary>
public interface IWorkoutResultTargetResolver
{
    /// <summary>
    /// Resolves <paramref name="reference"/> for the member <paramref name="memberId"/> of the current tenant.
    /// </summary>
    /// <exception cref="FitSaaS.Framework.Exceptions.BusinessException">
    /// <c>Programs:InvalidResultTarget</c> when not exactly one reference is given; <c>Programs:WorkoutNotPublished</c> for a
    /// published version not visible yet (before its publish time); <c>Programs:AssignmentNotForMember</c> for another member's
    /// assignment.
    /// </exception>
    /// <exception cref="FitSaaS.Framework.Exceptions.EntityNotFoundException">The referenced workout, version or assignment does not exist in the tenant.</exception>
    Task<WorkoutResultTarget> ResolveAsync(WorkoutResultTargetReference reference, Guid memberId, CancellationToken cancellationToken = default);
}
