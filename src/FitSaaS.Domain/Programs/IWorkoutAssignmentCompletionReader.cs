namespace FitSaaS.Programs;

/// <summary>
/// Tells which workout assignments have a result logged (implemented by results; used by the coaching grid to show completion).
/// </summary>
public interface IWorkoutAssignmentCompletionReader
{
    /// <summary>The ids among <paramref name="assignmentIds"/> (of the current tenant) that have at least one result.</summary>
    Task<IReadOnlySet<Guid>> FindCompletedAsync(IReadOnlyCollection<Guid> assignmentIds, CancellationToken cancellationToken = default);
}
