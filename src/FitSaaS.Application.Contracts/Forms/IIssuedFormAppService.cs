using FitSaaS.Framework.Application;

namespace FitSaaS.Forms;

/// <summary>
/// Forms issued to members (<c>/api/forms/issued-forms</c>): staff with <c>IssuedForms.Manage</c> issue a published form to a
/// member (at most one pending issue per member and form; forms flagged for it are also issued when a membership becomes
/// active); members see what they still must fill in (<c>GET /api/forms/issued-forms/pending</c>). A submission of the form
/// completes the issue.
/// </summary>
public interface IIssuedFormAppService : IApplicationService
{
    /// <summary>Issues a form to a member, or returns the member's pending issue of it.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Forms:UnknownForm</c>, <c>Forms:FormNotPublished</c>, <c>Forms:MemberNotFound</c>.</exception>
    Task<IssuedFormDto> CreateAsync(IssueFormDto input);

    /// <summary>One issued form.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, another gym's, or another member's.</exception>
    Task<IssuedFormDto> GetAsync(Guid id);

    /// <summary>Issued forms matching the filters, newest first.</summary>
    Task<PagedResultDto<IssuedFormDto>> GetListAsync(GetIssuedFormListInput input);

    /// <summary>The caller's pending issued forms (what they still must fill in), oldest first, each with the version to fill in.</summary>
    Task<IReadOnlyList<IssuedFormDto>> GetPendingAsync();
}
