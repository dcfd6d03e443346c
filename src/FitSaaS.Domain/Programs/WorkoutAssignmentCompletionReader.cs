using FitSaaS.Framework.DependencyInjection;

namespace FitSaaS.Programs;

/// <inheritdoc cref="IWorkoutAssignmentCompletionReader"/>
public sealed class WorkoutAssignmentCompletionReader(IWorkoutResultRepository results) : IWorkoutAssignmentCompletionReader, ITransientDependency
{
    /// <inheritdoc/>
    public async Task<IReadOnlySet<Guid>> FindCompletedAsync(IReadOnlyCollection<Guid> assignmentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignmentIds);
        return assignmentIds.Count == 0 ? new HashSet<Guid>() : await results.GetAssignmentIdsWithResultsAsync(assignmentIds, cancellationToken);
    }
}
