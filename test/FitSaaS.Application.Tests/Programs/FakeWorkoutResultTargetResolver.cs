using System.Collections.Concurrent;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Programs;

namespace FitSaaS.Application.Tests.Programs;

/// <summary>
/// Stands in for the programming side's <see cref="IWorkoutResultTargetResolver"/> (not on this branch): targets a test
/// registers, by published workout, assignment or library workout id.
/// </summary>
public sealed class FakeWorkoutResultTargetResolver : IWorkoutResultTargetResolver
{
    private readonly ConcurrentDictionary<Guid, WorkoutResultTarget> _targets = new();

    public WorkoutResultTarget Add(WorkoutResultTarget target)
    {
        _targets[target.PublishedWorkoutId ?? target.AssignmentId ?? target.WorkoutId] = target;
        return target;
    }

    public Task<WorkoutResultTarget> ResolveAsync(WorkoutResultTargetReference reference, Guid memberId, CancellationToken cancellationToken = default)
    {
        var ids = new[] { reference.PublishedWorkoutId, reference.AssignmentId, reference.WorkoutId }.OfType<Guid>().ToList();
        if (ids.Count != 1)
        {
            throw new BusinessException(ProgramsErrorCodes.InvalidResultTarget, "Give exactly one target.");
        }

        return _targets.TryGetValue(ids[0], out var target)
            ? Task.FromResult(target)
            : throw new EntityNotFoundException(typeof(WorkoutResultTarget), ids[0]);
    }
}
