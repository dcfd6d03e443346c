using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Forms;

/// <summary>
/// Creates and publishes forms, takes submissions against an exact published version (completing the member's pending issue
/// of the form) and issues forms to members, at most one pending issue per member and form (each new issue publishes
/// <see cref="FormIssuedEto"/> through the outbox, in the issuing transaction).
/// </summary>
public sealed class FormManager(
    IFormRepository forms,
    IFormVersionRepository versions,
    IFormSubmissionRepository submissions,
    IIssuedFormRepository issuedForms,
    IGuidGenerator guidGenerator,
    ICurrentTenant currentTenant,
    IDistributedEventBus eventBus) : IDomainService
{
    /// <summary>Creates a form of the current gym (not saved).</summary>
    /// <exception cref="FitSaaSValidationException">The name, description or a field is invalid.</exception>
    public Form Create(string name, string? description, FormPurpose purpose, IReadOnlyList<FormField> fields, bool issueOnMembershipActivation) =>
        new(guidGenerator.Create(), currentTenant.Id, name, description, purpose, fields, issueOnMembershipActivation);

    /// <summary>Publishes the form's draft as its next version and inserts it (the form is updated by the caller's unit of work).</summary>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.FormHasNoFields"/>, <see cref="FormsErrorCodes.NothingToPublish"/>.</exception>
    public async Task<FormVersion> PublishAsync(Form form, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var version = form.Publish(guidGenerator.Create(), now);
        await versions.InsertAsync(version, autoSave: false, cancellationToken);
        await forms.UpdateAsync(form, autoSave: false, cancellationToken);
        return version;
    }

    /// <summary>
    /// The published version <paramref name="versionId"/> of the form <paramref name="formId"/> (any form when null).
    /// </summary>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.UnknownFormVersion"/>.</exception>
    public async Task<FormVersion> GetPublishedVersionAsync(Guid? formId, Guid versionId, CancellationToken cancellationToken = default)
    {
        var version = await versions.FindAsync(versionId, cancellationToken);
        if (version is null || (formId is { } expected && version.FormId != expected))
        {
            throw new BusinessException(FormsErrorCodes.UnknownFormVersion, "Not a published version of the form.")
                .WithData("formVersionId", versionId).WithData("formId", formId?.ToString() ?? string.Empty);
        }

        return version;
    }

    /// <summary>
    /// Takes the member's answers to the version (checked by <see cref="FormAnswerValidator"/>), inserts the submission and
    /// completes the member's pending issue of the form.
    /// </summary>
    /// <exception cref="FitSaaSValidationException">An answer is invalid (per-field errors <c>answers.{key}</c>).</exception>
    public async Task<FormSubmission> SubmitAsync(FormVersion version, Guid memberId, Guid submittedByUserId, IReadOnlyList<FormAnswer> answers, DateTime now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        var normalized = FormAnswerValidator.Validate(version.Fields, answers);
        var submission = new FormSubmission(guidGenerator.Create(), currentTenant.Id, version, memberId, submittedByUserId, normalized, now);
        await submissions.InsertAsync(submission, autoSave: false, cancellationToken);
        if (await issuedForms.FindPendingAsync(memberId, version.FormId, cancellationToken) is { } issued)
        {
            issued.Complete(submission.Id, now);
            await issuedForms.UpdateAsync(issued, autoSave: false, cancellationToken);
        }

        return submission;
    }

    /// <summary>
    /// Issues a published form to a member, or returns the member's pending issue of it (so a repeated call, e.g. an event
    /// delivered twice, issues it once). A new issue is inserted and saved at once, so a second call in the same unit of work finds it too,
    /// and publishes <see cref="FormIssuedEto"/> (the member's "form to sign") in the same transaction; returning the open issue publishes nothing.
    /// </summary>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.FormNotPublished"/>.</exception>
    public async Task<IssuedForm> IssueAsync(Form form, Guid memberId, IssuedFormSource source, Guid? issuedByUserId, Guid? membershipId, DateOnly? dueDate, DateTime now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.LatestVersionId is null)
        {
            throw new BusinessException(FormsErrorCodes.FormNotPublished, "The form has no published version yet.").WithData("formId", form.Id);
        }

        if (await issuedForms.FindPendingAsync(memberId, form.Id, cancellationToken) is { } pending)
        {
            return pending;
        }

        var issued = new IssuedForm(guidGenerator.Create(), currentTenant.Id, form.Id, memberId, source, issuedByUserId, membershipId, dueDate, now);
        await issuedForms.InsertAsync(issued, autoSave: true, cancellationToken);
        await eventBus.PublishAsync(
            new FormIssuedEto
            {
                IssuedFormId = issued.Id,
                FormId = form.Id,
                FormTitle = (await versions.FindAsync(form.LatestVersionId.Value, cancellationToken))?.Name ?? form.Name, // what the member fills in
                MemberUserId = memberId,
                Source = source,
                MembershipId = membershipId,
                DueDate = dueDate,
                IssuedAtUtc = now,
            },
            cancellationToken);
        return issued;
    }
}
