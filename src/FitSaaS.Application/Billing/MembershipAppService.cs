using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Billing;

/// <inheritdoc cref="IMembershipAppService"/>
[Authorize(BillingPermissions.Memberships.Default)]
public sealed class MembershipAppService(
    IMembershipRepository memberships,
    IPlanRepository plans,
    MembershipManager membershipManager,
    IUserLookupService users,
    BillingAccess access) : ApplicationService, IMembershipAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<MembershipDto>> GetListAsync(GetMembershipListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var member = await access.ListScopeAsync(input.MemberId, BillingPermissions.Memberships.Manage);
        var (items, total) = await memberships.GetPagedListAsync(member, input.PlanId, input.Status, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<MembershipDto>(total, items.Select(m => m.ToDto()).ToList());
    }

    /// <inheritdoc/>
    public async Task<MembershipDto> GetAsync(Guid id) => (await GetVisibleAsync(id)).ToDto();

    /// <inheritdoc/>
    [Authorize(BillingPermissions.Memberships.Manage)]
    public async Task<SellMembershipResultDto> CreateAsync(CreateMembershipDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await users.FindByIdAsync(input.MemberId) is null)
        {
            throw new BusinessException(BillingErrorCodes.MemberNotFound, "The member is not a user of this gym.").WithData("memberId", input.MemberId);
        }

        var plan = await plans.GetAsync(input.PlanId);
        var (membership, invoice) = await membershipManager.SellAsync(input.MemberId, plan, input.StartDate, access.Now());
        return new SellMembershipResultDto { Membership = membership.ToDto(), Invoice = invoice.ToDto() };
    }

    /// <inheritdoc/>
    public async Task<MembershipDto> CancelAsync(Guid id, CancelMembershipDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var membership = await GetVisibleAsync(id);
        if (input.Immediately)
        {
            await access.EnsureGrantedAsync(BillingPermissions.Memberships.Manage);
        }

        await membershipManager.CancelAsync(membership, input.Reason, input.Immediately, access.Now());
        return membership.ToDto();
    }

    /// <inheritdoc/>
    public async Task<ChangeMembershipPlanResultDto> ChangePlanAsync(Guid id, ChangeMembershipPlanDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var membership = await GetVisibleAsync(id);
        var plan = await plans.GetAsync(input.PlanId);
        var now = access.Now();
        var invoice = await membershipManager.ChangePlanAsync(membership, plan, now);
        return new ChangeMembershipPlanResultDto
        {
            Membership = membership.ToDto(),
            Invoice = invoice?.ToDto(),
            EffectiveDate = membership.ScheduledPlanId is null ? BillingCalendar.ToLocalDate(now, membership.TimeZoneId) : membership.CurrentPeriodEnd!.Value,
        };
    }

    /// <inheritdoc/>
    public async Task<MembershipDto> FreezeAsync(Guid id, FreezeMembershipDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var membership = await GetVisibleAsync(id);
        var byStaff = await access.IsGrantedAsync(BillingPermissions.Memberships.Manage) && membership.MemberId != access.CurrentUserId();
        await membershipManager.FreezeAsync(membership, input.StartDate, input.EndDate, input.Reason, byStaff, access.Now());
        return membership.ToDto();
    }

    private async Task<Membership> GetVisibleAsync(Guid id)
    {
        var membership = await memberships.GetAsync(id);
        await access.EnsureVisibleAsync(membership.MemberId, BillingPermissions.Memberships.Manage, typeof(Membership), id);
        return membership;
    }
}
