using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Forms;

/// <inheritdoc cref="IFormSubmissionAppService"/>
[Authorize(FormsPermissions.Submissions.Default)]
[RequiresFeature(FormsFeatures.Enabled)]
public sealed class FormSubmissionAppService(
    IFormSubmissionRepository submissions,
    IFormVersionRepository versions,
    FormManager formManager,
    FormsMembers members,
    TimeProvider clock) : ApplicationService, IFormSubmissionAppService
{
    /// <inheritdoc/>
    public async Task<FormSubmissionDto> CreateAsync(CreateFormSubmissionDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var memberId = await members.ResolveAsync(input.MemberId, FormsPermissions.Submissions.SubmitForMembers, mustExist: true);
        var version = await formManager.GetPublishedVersionAsync(input.FormId, input.FormVersionId!.Value);
        var answers = input.Answers ?? [];
        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i] is null)
            {
                throw new FitSaaSValidationException($"answers[{i}]", "An answer is required.");
            }
        }

        var submission = await formManager.SubmitAsync(version, memberId, members.CurrentUserId(), answers.Select(a => a.ToAnswer()).ToList(), Now());
        return submission.ToDto(version.Name);
    }

    /// <inheritdoc/>
    public async Task<FormSubmissionDto> GetAsync(Guid id)
    {
        var submission = await GetVisibleAsync(id);
        return await ToDtoAsync(submission);
    }

    /// <inheritdoc/>
    public async Task<PagedResultDto<FormSubmissionDto>> GetListAsync(GetFormSubmissionListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Guid? memberId = await members.HasAnyAsync(FormsPermissions.Submissions.Review, FormsPermissions.Submissions.SubmitForMembers)
            ? input.MemberId
            : await members.ResolveAsync(input.MemberId, FormsPermissions.Submissions.Review, mustExist: false);
        var (total, items) = await submissions.GetPagedListAsync(input.FormId, memberId, input.Status, input.SkipCount, input.MaxResultCount);
        var names = (await versions.GetByIdsAsync(items.Select(s => s.FormVersionId).Distinct().ToList())).ToDictionary(v => v.Id, v => v.Name);
        return new PagedResultDto<FormSubmissionDto>(total, items.Select(s => s.ToDto(names.GetValueOrDefault(s.FormVersionId) ?? string.Empty)).ToList());
    }

    /// <inheritdoc/>
    [Authorize(FormsPermissions.Submissions.Review)]
    public async Task<FormSubmissionDto> ApproveAsync(Guid id, ReviewFormSubmissionDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var submission = await submissions.GetAsync(id);
        submission.Approve(members.CurrentUserId(), input.Note, Now());
        await submissions.UpdateAsync(submission, autoSave: true);
        return await ToDtoAsync(submission);
    }

    /// <inheritdoc/>
    [Authorize(FormsPermissions.Submissions.Review)]
    public async Task<FormSubmissionDto> RejectAsync(Guid id, ReviewFormSubmissionDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var submission = await submissions.GetAsync(id);
        submission.Reject(members.CurrentUserId(), input.Note, Now());
        await submissions.UpdateAsync(submission, autoSave: true);
        return await ToDtoAsync(submission);
    }

    private async Task<FormSubmissionDto> ToDtoAsync(FormSubmission submission) =>
        submission.ToDto((await versions.FindAsync(submission.FormVersionId))?.Name ?? string.Empty);

    /// <summary>The submission if it is the caller's own or the caller may see members' submissions; otherwise it does not exist for them.</summary>
    private async Task<FormSubmission> GetVisibleAsync(Guid id)
    {
        var submission = await submissions.GetAsync(id);
        if (submission.MemberId != members.CurrentUserId() &&
            !await members.HasAnyAsync(FormsPermissions.Submissions.Review, FormsPermissions.Submissions.SubmitForMembers))
        {
            throw new EntityNotFoundException(typeof(FormSubmission), id);
        }

        return submission;
    }

    private DateTime Now()
    {
        var ticks = clock.GetUtcNow().UtcTicks;
        return new DateTime(ticks - (ticks % 10), DateTimeKind.Utc);
    }
}
