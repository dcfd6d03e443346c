using System.ComponentModel.DataAnnotations;
using FitSaaS.Framework.Application;

namespace FitSaaS.Forms;

/// <summary>
/// Submissions: <c>?formId=&amp;memberId=&amp;status=&amp;skipCount=&amp;maxResultCount=</c>; newest first. Without the review or
/// submit-for-members permission only one's own.
/// </summary>
public sealed class GetFormSubmissionListInput : PagedResultRequestDto
{
    /// <summary>Only of this form.</summary>
    public Guid? FormId { get; init; }

    /// <summary>Only about this member (another member's needs <c>Submissions.Review</c> or <c>Submissions.SubmitForMembers</c>).</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Only in this status.</summary>
    [EnumDataType(typeof(FormSubmissionStatus))]
    public FormSubmissionStatus? Status { get; init; }
}
