using FitSaaS.Framework.Application;

namespace FitSaaS.Forms;

/// <summary>
/// The gym's forms (<c>/api/forms/forms</c>): staff with <c>Forms.Manage</c> define a draft of typed fields and publish it as an
/// immutable version (<c>POST /api/forms/forms/{id}/publish</c>); members read published versions to fill them in
/// (<c>GET /api/forms/forms/versions/{versionId}</c>).
/// </summary>
public interface IFormAppService : IApplicationService
{
    /// <summary>Creates a form with its draft (not yet published).</summary>
    /// <exception cref="Framework.Exceptions.FitSaaSValidationException">The name, description or a field is invalid (per-field errors <c>fields[i].member</c>).</exception>
    Task<FormDto> CreateAsync(CreateFormDto input);

    /// <summary>One form with its draft.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    Task<FormDto> GetAsync(Guid id);

    /// <summary>The gym's forms, by name.</summary>
    Task<PagedResultDto<FormDto>> GetListAsync(GetFormListInput input);

    /// <summary>Replaces a form's draft, name, description, purpose and issue flag (published versions never change).</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    /// <exception cref="Framework.Exceptions.FitSaaSValidationException">The name, description or a field is invalid.</exception>
    Task<FormDto> UpdateAsync(Guid id, UpdateFormDto input);

    /// <summary>Publishes the draft as the form's next version (1, 2, …).</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Forms:FormHasNoFields</c>, <c>Forms:NothingToPublish</c> (the draft is unchanged).</exception>
    Task<FormVersionDto> PublishAsync(Guid id);

    /// <summary>A form's published versions, newest first.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    Task<IReadOnlyList<FormVersionDto>> GetVersionsAsync(Guid id);

    /// <summary>One published version (what a member fills in).</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    [HttpApiRoute("versions/{versionId}")]
    Task<FormVersionDto> GetVersionAsync(Guid versionId);
}
