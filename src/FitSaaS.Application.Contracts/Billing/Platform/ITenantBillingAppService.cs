using FitSaaS.Framework.Application;

namespace FitSaaS.Billing.Platform;

/// <summary>
/// Operators' overview of every gym's platform billing (<c>/api/billing/platform/tenants</c>): edition, end date and
/// subscription status. Host side, permission <c>FitSaaS.PlatformBilling.Tenants</c>.
/// </summary>
[HttpApiRoute("api/billing/platform/tenants")]
public interface ITenantBillingAppService : IApplicationService
{
    /// <summary>A page of gyms by name, optionally only those whose subscription has a status.</summary>
    Task<PagedResultDto<TenantBillingStatusDto>> GetListAsync(GetTenantBillingListInput input);
}
