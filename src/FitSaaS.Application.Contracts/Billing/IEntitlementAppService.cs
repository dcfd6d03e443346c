using FitSaaS.Framework.Application;

namespace FitSaaS.Billing;

/// <summary>
/// Entitlements (<c>/api/billing/entitlements</c>): a member's balances and ledger (members their own, staff anyone's with
/// <c>Billing.Memberships.Manage</c>), and penalty waivers (staff).
/// </summary>
public interface IEntitlementAppService : IApplicationService
{
    /// <summary>The member's entitlements with their balances, earliest expiry first.</summary>
    Task<PagedResultDto<EntitlementDto>> GetListAsync(GetEntitlementListInput input);

    /// <summary>A page of the member's ledger, newest first.</summary>
    Task<PagedResultDto<EntitlementLedgerEntryDto>> GetLedgerAsync(GetEntitlementLedgerInput input);

    /// <summary>Waives a booking's penalty (<c>Billing:ReasonRequired</c>, without a reason).</summary>
    Task<WaivePenaltyResultDto> WaivePenaltyAsync(WaivePenaltyDto input);
}
