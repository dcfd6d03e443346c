using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Forms;

/// <summary>
/// A form a member must fill in, issued by staff or automatically (<see cref="IssuedFormSource"/>). A member has at most one
/// pending issue per form (<see cref="FormManager.IssueAsync"/> returns the open one; the database enforces it); the member's
/// next submission of any version of the form completes it.
/// </summary>
public sealed class IssuedForm : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private IssuedForm()
    {
        // EF Core
    }

    internal IssuedForm(Guid id, Guid? tenantId, Guid formId, Guid memberId, IssuedFormSource source, Guid? issuedByUserId, Guid? membershipId, DateOnly? dueDate, DateTime issuedAt)
        : base(id)
    {
        TenantId = tenantId;
        FormId = formId;
        MemberId = memberId;
        Source = source;
        IssuedByUserId = issuedByUserId;
        MembershipId = membershipId;
        DueDate = dueDate;
        IssuedAt = issuedAt;
        Status = IssuedFormStatus.Pending;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The form.</summary>
    public Guid FormId { get; private set; }

    /// <summary>The member (user id) who must fill it in.</summary>
    public Guid MemberId { get; private set; }

    /// <summary>Why it was issued.</summary>
    public IssuedFormSource Source { get; private set; }

    /// <summary>The staff user who issued it; null when issued automatically.</summary>
    public Guid? IssuedByUserId { get; private set; }

    /// <summary>The membership whose activation issued it; null when issued by staff.</summary>
    public Guid? MembershipId { get; private set; }

    /// <summary>The local date (gym's zone) by which to fill it in; null when none.</summary>
    public DateOnly? DueDate { get; private set; }

    /// <summary>When it was issued (UTC).</summary>
    public DateTime IssuedAt { get; private set; }

    /// <summary>Pending or completed.</summary>
    public IssuedFormStatus Status { get; private set; }

    /// <summary>The submission that completed it; null while pending.</summary>
    public Guid? SubmissionId { get; private set; }

    /// <summary>When it was completed (UTC); null while pending.</summary>
    public DateTime? CompletedAt { get; private set; }

    /// <summary>Completes it with a submission of the form (nothing happens when it already is).</summary>
    public void Complete(Guid submissionId, DateTime now)
    {
        if (Status == IssuedFormStatus.Completed)
        {
            return;
        }

        Status = IssuedFormStatus.Completed;
        SubmissionId = submissionId;
        CompletedAt = now;
    }
}
