using FitSaaS.Framework.Application;

namespace FitSaaS.Programs;

/// <summary>
/// The exercise library (<c>/api/programs/exercises</c>): the global library imported from free-exercise-db,
/// read-only for everyone, plus the current tenant's custom exercises, visible to that tenant only.
/// </summary>
public interface IExerciseAppService : IApplicationService
{
    /// <summary>Returns a global exercise or one of the tenant's own.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, deleted or another tenant's.</exception>
    Task<ExerciseDto> GetAsync(Guid id);

    /// <summary>Searches the global library and the tenant's custom exercises; default order by name.</summary>
    Task<PagedResultDto<ExerciseDto>> GetListAsync(GetExerciseListInput input);

    /// <summary>Creates a custom exercise of the current tenant.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:DuplicateExerciseName</c>; <c>Programs:GlobalExerciseReadOnly</c> for the host.</exception>
    Task<ExerciseDto> CreateAsync(CreateExerciseDto input);

    /// <summary>Replaces a custom exercise's name and details.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:GlobalExerciseReadOnly</c> for a global exercise; <c>Programs:DuplicateExerciseName</c>.</exception>
    Task<ExerciseDto> UpdateAsync(Guid id, UpdateExerciseDto input);

    /// <summary>Deletes a custom exercise.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:GlobalExerciseReadOnly</c> for a global exercise.</exception>
    Task DeleteAsync(Guid id);
}
