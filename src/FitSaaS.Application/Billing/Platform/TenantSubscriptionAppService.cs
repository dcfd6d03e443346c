using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Billing.Platform;

/// <inheritdoc cref="ITenantSubscriptionAppService"/>
[Authorize(PlatformBillingPermissions.Subscription.Default)]
public sealed class TenantSubscriptionAppService(PlatformBillingManager manager, IEditionRepository editions, ICurrentTenant currentTenant)
    : ApplicationService, ITenantSubscriptionAppService
{
    /// <inheritdoc/>
    public async Task<TenantSubscriptionDto> GetAsync() => (await manager.FindAsync()).ToDto();

    /// <inheritdoc/>
    public async Task<IReadOnlyList<EditionPriceDto>> GetPricesAsync()
    {
        var prices = await manager.GetPricesAsync();
        using var host = currentTenant.Change(null);
        var names = await editions.GetNamesAsync([.. prices.Select(p => p.EditionId).Distinct()]);
        return [.. prices.Select(p => p.ToDto(names))];
    }

    /// <inheritdoc/>
    public async Task<TenantSubscriptionDto> CreateAsync(CreateTenantSubscriptionDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return (await manager.SubscribeAsync(input.EditionId!.Value, input.Interval, input.PaymentMethodId)).ToDto();
    }

    /// <inheritdoc/>
    public async Task<TenantSubscriptionDto> CancelAsync() => (await manager.CancelAsync()).ToDto();
}
