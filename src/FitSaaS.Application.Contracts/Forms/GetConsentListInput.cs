namespace FitSaaS.Forms;

/// <summary>A member's consents: <c>?memberId=</c>.</summary>
public sealed class GetConsentListInput
{
    /// <summary>This member's (oneself, a dependant, or with <c>Consents.ManageForMembers</c> anyone); default oneself.</summary>
    public Guid? MemberId { get; init; }
}
