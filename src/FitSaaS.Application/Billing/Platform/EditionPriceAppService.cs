using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Application;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Billing.Platform;

/// <inheritdoc cref="IEditionPriceAppService"/>
[Authorize(PlatformBillingPermissions.EditionPrices.Default)]
public sealed class EditionPriceAppService(PlatformBillingManager manager, IEditionRepository editions) : ApplicationService, IEditionPriceAppService
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<EditionPriceDto>> GetListAsync()
    {
        var prices = await manager.GetPricesAsync();
        var names = await editions.GetNamesAsync([.. prices.Select(p => p.EditionId).Distinct()]);
        return [.. prices.Select(p => p.ToDto(names))];
    }

    /// <inheritdoc/>
    [Authorize(PlatformBillingPermissions.EditionPrices.Manage)]
    public async Task<EditionPriceDto> CreateAsync(SetEditionPriceDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var price = await manager.SetEditionPriceAsync(input.EditionId!.Value, input.Interval, input.Amount, input.Currency);
        return price.ToDto(await editions.GetNamesAsync([price.EditionId]));
    }
}
