using System.ComponentModel.DataAnnotations;
using FitSaaS.Framework.Application;

namespace FitSaaS.Forms;

/// <summary>
/// Issued forms: <c>?memberId=&amp;formId=&amp;status=&amp;skipCount=&amp;maxResultCount=</c>; newest first. Without
/// <c>IssuedForms.Manage</c> only one's own.
/// </summary>
public sealed class GetIssuedFormListInput : PagedResultRequestDto
{
    /// <summary>Only of this member (another member's needs <c>IssuedForms.Manage</c>); default: every member's for managers, else one's own.</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Only of this form.</summary>
    public Guid? FormId { get; init; }

    /// <summary>Only in this status.</summary>
    [EnumDataType(typeof(IssuedFormStatus))]
    public IssuedFormStatus? Status { get; init; }
}
