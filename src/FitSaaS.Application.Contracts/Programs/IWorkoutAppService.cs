using FitSaaS.Framework.Application;

namespace FitSaaS.Programs;

/// <summary>
/// The workout library (<c>/api/programs/workouts</c>): the global benchmarks, read-only for everyone, plus the tenant's own
/// workouts. Every edit increments a workout's version; tracks and assignments keep snapshots.
/// </summary>
public interface IWorkoutAppService : IApplicationService
{
    /// <summary>Returns a global workout or one of the tenant's own.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, deleted or another tenant's.</exception>
    Task<WorkoutDto> GetAsync(Guid id);

    /// <summary>Searches the global library and the tenant's own workouts, by title.</summary>
    Task<PagedResultDto<WorkoutDto>> GetListAsync(GetWorkoutListInput input);

    /// <summary>Creates a workout of the current tenant (version 1).</summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Programs:UnknownExercise</c>; <c>Programs:InvalidTimeCap</c>; <c>Programs:GlobalWorkoutReadOnly</c> for the host.
    /// </exception>
    Task<WorkoutDto> CreateAsync(CreateWorkoutDto input);

    /// <summary>Replaces a tenant workout's content; its version increments.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:GlobalWorkoutReadOnly</c>; <c>Programs:UnknownExercise</c>; <c>Programs:InvalidTimeCap</c>.</exception>
    Task<WorkoutDto> UpdateAsync(Guid id, UpdateWorkoutDto input);

    /// <summary>Deletes a tenant workout (publications and assignments keep their snapshots).</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:GlobalWorkoutReadOnly</c> for a global workout.</exception>
    Task DeleteAsync(Guid id);

    /// <summary>Copies a visible workout (e.g. a benchmark) as the tenant's own, version 1; a benchmark's copy keeps the link to it.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:GlobalWorkoutReadOnly</c> for the host.</exception>
    Task<WorkoutDto> CopyAsync(Guid id, CopyWorkoutDto input);
}
