using FitSaaS.Framework.Application;

namespace FitSaaS.Billing;

/// <summary>Membership list query: <c>?memberId=&amp;planId=&amp;status=</c>, newest first. Members always get their own.</summary>
public sealed class GetMembershipListInput : PagedResultRequestDto
{
    /// <summary>Only this member's (staff; members get their own).</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Only of this plan.</summary>
    public Guid? PlanId { get; init; }

    /// <summary>Only in this status.</summary>
    public MembershipStatus? Status { get; init; }
}
