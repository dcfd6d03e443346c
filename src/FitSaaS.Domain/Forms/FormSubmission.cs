using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Forms;

/// <summary>
/// A member's answers to one exact published <see cref="FormVersion"/>, submitted by the member or by staff for them
/// (<see cref="SubmittedByUserId"/>), checked against the version's fields (<see cref="FormAnswerValidator"/>) by
/// <see cref="FormManager"/>. Staff review it once: <see cref="FormSubmissionStatus.Submitted"/> → approved or rejected.
/// </summary>
public sealed class FormSubmission : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private FormSubmission()
    {
        // EF Core
    }

    internal FormSubmission(Guid id, Guid? tenantId, FormVersion version, Guid memberId, Guid submittedByUserId, IReadOnlyList<FormAnswer> answers, DateTime submittedAt)
        : base(id)
    {
        TenantId = tenantId;
        FormId = version.FormId;
        FormVersionId = version.Id;
        VersionNumber = version.Number;
        MemberId = memberId;
        SubmittedByUserId = submittedByUserId;
        Answers = answers;
        SubmittedAt = submittedAt;
        Status = FormSubmissionStatus.Submitted;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The form.</summary>
    public Guid FormId { get; private set; }

    /// <summary>The exact version answered.</summary>
    public Guid FormVersionId { get; private set; }

    /// <summary>The version's number.</summary>
    public int VersionNumber { get; private set; }

    /// <summary>The member (user id) the answers are about.</summary>
    public Guid MemberId { get; private set; }

    /// <summary>Who submitted: the member, or a staff user for them.</summary>
    public Guid SubmittedByUserId { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime SubmittedAt { get; private set; }

    /// <summary>The answers (normalised, in the fields' order; unanswered optional fields are absent).</summary>
    public IReadOnlyList<FormAnswer> Answers { get; private set; } = [];

    /// <summary>The review status.</summary>
    public FormSubmissionStatus Status { get; private set; }

    /// <summary>The staff user who reviewed it; null while submitted.</summary>
    public Guid? ReviewedByUserId { get; private set; }

    /// <summary>When it was reviewed (UTC); null while submitted.</summary>
    public DateTime? ReviewedAt { get; private set; }

    /// <summary>The reviewer's note; null when none.</summary>
    public string? ReviewNote { get; private set; }

    /// <summary>Approves it.</summary>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.SubmissionAlreadyReviewed"/>.</exception>
    public void Approve(Guid reviewerId, string? note, DateTime now) => Review(FormSubmissionStatus.Approved, reviewerId, note, now);

    /// <summary>Rejects it (the member may submit the form again).</summary>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.SubmissionAlreadyReviewed"/>.</exception>
    public void Reject(Guid reviewerId, string? note, DateTime now) => Review(FormSubmissionStatus.Rejected, reviewerId, note, now);

    private void Review(FormSubmissionStatus status, Guid reviewerId, string? note, DateTime now)
    {
        if (Status != FormSubmissionStatus.Submitted)
        {
            throw new BusinessException(FormsErrorCodes.SubmissionAlreadyReviewed, "The submission was already reviewed.")
                .WithData("submissionId", Id).WithData("status", Status.ToString());
        }

        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text?.Length > FormConsts.MaxReviewNoteLength)
        {
            throw new FitSaaSValidationException("note", $"A note has at most {FormConsts.MaxReviewNoteLength} characters.");
        }

        Status = status;
        ReviewedByUserId = reviewerId;
        ReviewedAt = now;
        ReviewNote = text;
    }
}
