using FitSaaS.Framework.Application;

namespace FitSaaS.FeatureManagement;

/// <summary>
/// Platform operators manage editions (tiers): <c>/api/feature-management/editions</c>. Host-side
/// permissions only (<c>FitSaaS.FeatureManagement.Editions.*</c>); tenant users get 403.
/// </summary>
public interface IEditionAppService : IApplicationService
{
    /// <summary>A page of editions.</summary>
    Task<PagedResultDto<EditionDto>> GetListAsync(GetEditionListInput input);

    /// <summary>One edition.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">404.</exception>
    Task<EditionDto> GetAsync(Guid id);

    /// <summary>Creates an edition with its values.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Features:DuplicateEditionName</c> (409), <c>Features:UnknownFeature</c> / <c>Features:InvalidValue</c> (400).
    /// </exception>
    Task<EditionDto> CreateAsync(CreateEditionDto input);

    /// <summary>Renames an edition.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Features:DuplicateEditionName</c> (409).</exception>
    Task<EditionDto> UpdateAsync(Guid id, UpdateEditionDto input);

    /// <summary>Deletes an edition.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Features:EditionInUse</c> (409) while tenants are on it.</exception>
    Task DeleteAsync(Guid id);

    /// <summary>Every defined feature with the value the edition sets (<c>GET …/editions/{id}/values</c>).</summary>
    Task<IReadOnlyList<FeatureValueDto>> GetValuesAsync(Guid id);

    /// <summary>
    /// Sets or removes values of the edition (<c>PUT …/editions/{id}/values</c>); all or nothing. Tenants on the
    /// edition see the change at once.
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Features:UnknownFeature</c> / <c>Features:InvalidValue</c> (400).</exception>
    Task<IReadOnlyList<FeatureValueDto>> UpdateValuesAsync(Guid id, UpdateFeatureValuesDto input);
}
