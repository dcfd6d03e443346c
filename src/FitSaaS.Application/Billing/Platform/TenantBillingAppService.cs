using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Application;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Billing.Platform;

/// <inheritdoc cref="ITenantBillingAppService"/>
[Authorize(PlatformBillingPermissions.Tenants.Default)]
public sealed class TenantBillingAppService(ITenantSubscriptionRepository subscriptions, IEditionRepository editions) : ApplicationService, ITenantBillingAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<TenantBillingStatusDto>> GetListAsync(GetTenantBillingListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (rows, total) = await subscriptions.GetTenantStatusPageAsync(input.Status, input.SkipCount, input.MaxResultCount);
        var names = await editions.GetNamesAsync([.. rows.Where(r => r.EditionId is not null).Select(r => r.EditionId!.Value).Distinct()]);
        return new PagedResultDto<TenantBillingStatusDto>(total, [.. rows.Select(r => new TenantBillingStatusDto
        {
            TenantId = r.TenantId,
            TenantName = r.TenantName,
            EditionId = r.EditionId,
            EditionName = r.EditionId is { } id ? names.GetValueOrDefault(id) : null,
            EditionEndDateUtc = r.EditionEndDateUtc,
            Subscription = r.Subscription is { StripeSubscriptionId: not null } ? r.Subscription.ToDto() : null,
            StripeCustomerId = r.Subscription?.StripeCustomerId,
        })]);
    }
}
