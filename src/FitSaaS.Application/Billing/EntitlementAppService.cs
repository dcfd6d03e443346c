using FitSaaS.Framework.Application;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Billing;

/// <inheritdoc cref="IEntitlementAppService"/>
[Authorize(BillingPermissions.Memberships.Default)]
public sealed class EntitlementAppService(
    IEntitlementRepository entitlements,
    EntitlementManager entitlementManager,
    BillingCalendar calendar,
    BillingAccess access) : ApplicationService, IEntitlementAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<EntitlementDto>> GetListAsync(GetEntitlementListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var member = await access.ListScopeAsync(input.MemberId, BillingPermissions.Memberships.Manage) ?? access.CurrentUserId();
        var today = BillingCalendar.ToLocalDate(access.Now(), await calendar.GetTimeZoneIdAsync());
        var balances = await entitlements.GetBalancesAsync(member, today, input.IncludeEnded);
        return new PagedResultDto<EntitlementDto>(balances.Count, balances.Select(b => b.ToDto()).ToList());
    }

    /// <inheritdoc/>
    public async Task<PagedResultDto<EntitlementLedgerEntryDto>> GetLedgerAsync(GetEntitlementLedgerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var member = await access.ListScopeAsync(input.MemberId, BillingPermissions.Memberships.Manage) ?? access.CurrentUserId();
        var (items, total) = await entitlements.GetLedgerAsync(member, input.EntitlementId, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<EntitlementLedgerEntryDto>(total, items.Select(e => e.ToDto()).ToList());
    }

    /// <inheritdoc/>
    [Authorize(BillingPermissions.Memberships.Manage)]
    public async Task<WaivePenaltyResultDto> WaivePenaltyAsync(WaivePenaltyDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new WaivePenaltyResultDto { Waived = await entitlementManager.WaivePenaltyAsync(input.BookingId, input.Reason, access.Now()) };
    }
}
