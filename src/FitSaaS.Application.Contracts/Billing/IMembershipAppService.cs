using FitSaaS.Framework.Application;

namespace FitSaaS.Billing;

/// <summary>
/// Memberships (<c>/api/billing/memberships</c>): staff sell plans and manage any member's; members read, cancel and freeze
/// their own. Another tenant's membership, or another member's without <c>Billing.Memberships.Manage</c>, is not found.
/// </summary>
public interface IMembershipAppService : IApplicationService
{
    /// <summary>A page of memberships, newest first.</summary>
    Task<PagedResultDto<MembershipDto>> GetListAsync(GetMembershipListInput input);

    /// <summary>One membership.</summary>
    Task<MembershipDto> GetAsync(Guid id);

    /// <summary>Sells a plan to a member (staff): the membership and its first invoice.</summary>
    Task<SellMembershipResultDto> CreateAsync(CreateMembershipDto input);

    /// <summary>Cancels with notice (<c>Billing:InvalidMembershipStatus</c>, when it has ended).</summary>
    Task<MembershipDto> CancelAsync(Guid id, CancelMembershipDto input);

    /// <summary>Changes its plan: an upgrade at once with a prorated invoice, a downgrade at the period's end.</summary>
    Task<ChangeMembershipPlanResultDto> ChangePlanAsync(Guid id, ChangeMembershipPlanDto input);

    /// <summary>Freezes it.</summary>
    Task<MembershipDto> FreezeAsync(Guid id, FreezeMembershipDto input);
}
