using FitSaaS.Framework.Application;

namespace FitSaaS.FeatureManagement;

/// <summary>
/// Platform operators manage editions (tiers): <c>/api/feature-management/editions</c>. Host-side
/// permissions only (<c>FitSaaS.FeatureManagement.Editions.*</c>); tenant users are refused.
/// </summary>
public interface IEditionAppService : IApplicationService
{
    /// <summary>A page of editions.</summary>
    Task<PagedResultDto<EditionDto>> GetListAsync(GetEditionListInput input);

    /// <summary>One edition.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">No such edition.</exception>
    Task<EditionDto> GetAsync(Guid id);

    /// <summary>Creates an edition with its values.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Features:DuplicateEditionName</c>, <c>Features:UnknownFeature</c> / <c>Features:InvalidValue</c>.
    /// </exception>
    Task<EditionDto> CreateAsync(CreateEditionDto input);

    /// <summary>Renames an edition.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Features:DuplicateEditionName</c>.</exception>
    Task<EditionDto> UpdateAsync(Guid id, UpdateEditionDto input);

    /// <summary>Deletes an edition.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Features:EditionInUse</c> while tenants are on it.</exception>
    Task DeleteAsync(Guid id);

    /// <summary>Every defined feature with the value the edition sets (<c>GET …/editions/{id}/values</c>).</summary>
    Task<IReadOnlyList<FeatureValueDto>> GetValuesAsync(Guid id);

    /// <summary>
    /// Sets or removes values of the edition (<c>PUT …/editions/{id}/values</c>); all or nothing. Tenants on the
    /// edition see the change at once.
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Features:UnknownFeature</c> / <c>Features:InvalidValue</c>.</exception>
    Task<IReadOnlyList<FeatureValueDto>> UpdateValuesAsync(Guid id, UpdateFeatureValuesDto input);
}
