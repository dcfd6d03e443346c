using FitSaaS.Framework.Application;

namespace FitSaaS.Forms;

/// <summary>Signatures: <c>?memberId=&amp;legalDocumentId=&amp;skipCount=&amp;maxResultCount=</c>; newest first.</summary>
public sealed class GetLegalSignatureListInput : PagedResultRequestDto
{
    /// <summary>This member's (oneself, a dependant, or with <c>Signatures.ManageForMembers</c> anyone); default oneself, or every member's for staff.</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Only of this document.</summary>
    public Guid? LegalDocumentId { get; init; }
}
