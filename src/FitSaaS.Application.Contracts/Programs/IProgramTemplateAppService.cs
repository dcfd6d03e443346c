using FitSaaS.Framework.Application;

namespace FitSaaS.Programs;

/// <summary>Program templates (<c>/api/programs/program-templates</c>): multi-week plans applied to a track from a start date.</summary>
public interface IProgramTemplateAppService : IApplicationService
{
    /// <summary>Returns a template of the tenant.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    Task<ProgramTemplateDto> GetAsync(Guid id);

    /// <summary>A page of the tenant's templates, by name.</summary>
    Task<PagedResultDto<ProgramTemplateDto>> GetListAsync(PagedResultRequestDto input);

    /// <summary>Creates a template.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:WorkoutNotFound</c> for a day's workout.</exception>
    Task<ProgramTemplateDto> CreateAsync(CreateProgramTemplateDto input);

    /// <summary>Replaces a template.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Programs:WorkoutNotFound</c> for a day's workout.</exception>
    Task<ProgramTemplateDto> UpdateAsync(Guid id, UpdateProgramTemplateDto input);

    /// <summary>Deletes (soft) a template; what it published stays.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    Task DeleteAsync(Guid id);

    /// <summary>
    /// Applies the template to a track from a start date in one request: each day is published, skipped (the date already has a
    /// workout; re-applying skips what was published) or failed with a code.
    /// </summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">The template or the track is missing or another tenant's.</exception>
    Task<ApplyProgramTemplateResultDto> ApplyAsync(Guid id, ApplyProgramTemplateDto input);
}
