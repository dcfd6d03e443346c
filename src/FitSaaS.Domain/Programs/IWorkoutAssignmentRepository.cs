using FitSaaS.Framework.Domain;

namespace FitSaaS.Programs;

/// <summary>Workout assignments of the current tenant.</summary>
public interface IWorkoutAssignmentRepository : IRepository<WorkoutAssignment, Guid>
{
    /// <summary>
    /// The assignments with dates in [<paramref name="from"/>, <paramref name="to"/>], of the given members (null: every member),
    /// by date then creation, untracked.
    /// </summary>
    Task<List<WorkoutAssignment>> GetListAsync(DateOnly from, DateOnly to, IReadOnlyCollection<Guid>? memberIds, CancellationToken cancellationToken = default);
}
