using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
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
    /// <remarks>
    /// Not one transaction: Stripe is called outside any (ADR 0048) and each step saves on its own, so the gym's Customer is
    /// kept when its card is then declined; a step lost to a crash is redone by the next call (idempotency keys) or a webhook.
    /// </remarks>
    [UnitOfWork(IsTransactional = false)]
    public async Task<TenantSubscriptionDto> CreateAsync(CreateTenantSubscriptionDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return (await manager.SubscribeAsync(input.EditionId!.Value, input.Interval, input.PaymentMethodId)).ToDto();
    }

    /// <inheritdoc/>
    [UnitOfWork(IsTransactional = false)]
    public async Task<TenantSubscriptionDto> CancelAsync() => (await manager.CancelAsync()).ToDto();
}
