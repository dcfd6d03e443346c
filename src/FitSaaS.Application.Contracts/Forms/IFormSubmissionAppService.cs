using FitSaaS.Framework.Application;

namespace FitSaaS.Forms;

/// <summary>
/// Answers to published form versions (<c>/api/forms/form-submissions</c>): members submit and read their own; staff with
/// <c>Submissions.SubmitForMembers</c> submit for a member (recorded as the submitter); staff with <c>Submissions.Review</c> list
/// every submission and approve or reject it. Another member's submission is reported as missing.
/// </summary>
public interface IFormSubmissionAppService : IApplicationService
{
    /// <summary>Submits answers to an exact published version; completes the member's pending issue of the form.</summary>
    /// <exception cref="Framework.Exceptions.FitSaaSValidationException">An answer is invalid: wrong value for the field's type, required and missing, not an option, out of range, or an unknown key (per-field errors <c>answers.{key}</c>).</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Forms:UnknownFormVersion</c>, <c>Forms:MemberNotFound</c>.</exception>
    Task<FormSubmissionDto> CreateAsync(CreateFormSubmissionDto input);

    /// <summary>One submission.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing, another gym's, or another member's.</exception>
    Task<FormSubmissionDto> GetAsync(Guid id);

    /// <summary>Submissions matching the filters, newest first.</summary>
    Task<PagedResultDto<FormSubmissionDto>> GetListAsync(GetFormSubmissionListInput input);

    /// <summary>Approves a submission: <c>POST /api/forms/form-submissions/{id}/approve</c>.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Forms:SubmissionAlreadyReviewed</c>.</exception>
    Task<FormSubmissionDto> ApproveAsync(Guid id, ReviewFormSubmissionDto input);

    /// <summary>Rejects a submission: <c>POST /api/forms/form-submissions/{id}/reject</c>.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Forms:SubmissionAlreadyReviewed</c>.</exception>
    Task<FormSubmissionDto> RejectAsync(Guid id, ReviewFormSubmissionDto input);
}
