using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Features;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Billing;

/// <inheritdoc cref="IStripeConnectionAppService"/>
[Authorize(BillingPermissions.OnlinePayments.Default)]
[RequiresFeature(BillingFeatures.OnlinePayments)]
public sealed class StripeConnectionAppService(StripeConnectionManager manager) : ApplicationService, IStripeConnectionAppService
{
    /// <inheritdoc/>
    public async Task<StripeConnectionDto> GetAsync() => ToDto(await manager.FindAsync());

    /// <inheritdoc/>
    public async Task<StripeConnectionDto> CreateAsync(ConnectStripeDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ToDto(await manager.ConnectAsync(input.AccountId, input.Email, input.Country));
    }

    /// <inheritdoc/>
    public async Task<StripeOnboardingLinkDto> CreateOnboardingLinkAsync(CreateStripeOnboardingLinkDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var link = await manager.CreateOnboardingLinkAsync(new Uri(input.ReturnUrl), new Uri(input.RefreshUrl));
        return new StripeOnboardingLinkDto { Url = link.Url, ExpiresAtUtc = DateTime.SpecifyKind(link.ExpiresAt, DateTimeKind.Utc) };
    }

    /// <inheritdoc/>
    public async Task<StripeConnectionDto> RefreshAsync() => ToDto(await manager.RefreshAsync());

    /// <inheritdoc/>
    public Task DeleteAsync() => manager.DisconnectAsync();

    private static StripeConnectionDto ToDto(StripeConnection? connection) => connection is null
        ? new StripeConnectionDto()
        : new StripeConnectionDto
        {
            IsConnected = true,
            AccountId = connection.AccountId,
            ChargesEnabled = connection.ChargesEnabled,
            PayoutsEnabled = connection.PayoutsEnabled,
            DetailsSubmitted = connection.DetailsSubmitted,
            ConnectedAtUtc = connection.ConnectedAtUtc,
            AccountReadAtUtc = connection.AccountReadAtUtc,
        };
}
