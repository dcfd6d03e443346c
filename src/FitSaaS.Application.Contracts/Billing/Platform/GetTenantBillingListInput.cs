using FitSaaS.Framework.Application;

namespace FitSaaS.Billing.Platform;

/// <summary>Gyms' billing overview query: <c>?status=&amp;skipCount=&amp;maxResultCount=</c>.</summary>
public sealed class GetTenantBillingListInput : PagedResultRequestDto
{
    /// <summary>Only gyms whose subscription has this status.</summary>
    public TenantSubscriptionStatus? Status { get; init; }
}
