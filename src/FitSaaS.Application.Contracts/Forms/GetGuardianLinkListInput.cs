namespace FitSaaS.Forms;

/// <summary>Guardian links: <c>?memberId=</c> (as guardian or dependant).</summary>
public sealed class GetGuardianLinkListInput
{
    /// <summary>This member's links (oneself, or with <c>Guardians.Manage</c> anyone); default oneself.</summary>
    public Guid? MemberId { get; init; }
}
