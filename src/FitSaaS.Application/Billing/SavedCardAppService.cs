using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Features;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Billing;

/// <inheritdoc cref="ISavedCardAppService"/>
[Authorize(BillingPermissions.Invoices.Default)]
[RequiresFeature(BillingFeatures.OnlinePayments)]
public sealed class SavedCardAppService(StripeCustomerManager customers, BillingAccess access) : ApplicationService, ISavedCardAppService
{
    /// <inheritdoc/>
    public async Task<List<SavedCardDto>> GetListAsync()
    {
        var (customer, cards) = await customers.ListCardsAsync(access.CurrentUserId());
        return cards.Select(c => new SavedCardDto
        {
            Id = c.Id,
            Brand = c.Card?.Brand,
            Last4 = c.Card?.Last4,
            ExpMonth = c.Card?.ExpMonth ?? 0,
            ExpYear = c.Card?.ExpYear ?? 0,
            IsDefault = c.Id == customer?.DefaultPaymentMethodId,
        }).ToList();
    }

    /// <inheritdoc/>
    public async Task<SetupIntentDto> CreateSetupIntentAsync() => ToDto(await customers.CreateSetupIntentAsync(access.CurrentUserId()));

    /// <inheritdoc/>
    public async Task<SetupIntentDto> ConfirmSetupIntentAsync(string id, ConfirmSetupIntentDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ToDto(await customers.ConfirmSetupIntentAsync(access.CurrentUserId(), id, input.PaymentMethodId));
    }

    /// <inheritdoc/>
    public async Task<List<CardSetupDto>> GetSetupIntentListAsync() =>
        [.. (await customers.GetSetupListAsync(access.CurrentUserId())).Select(s => ToDto(s, null))];

    /// <inheritdoc/>
    public async Task<CardSetupDto> GetSetupIntentAsync(string id)
    {
        var (setup, clientSecret) = await customers.GetSetupAsync(access.CurrentUserId(), id);
        return ToDto(setup, clientSecret);
    }

    /// <inheritdoc/>
    public Task DeleteAsync(string id) => customers.RemoveCardAsync(access.CurrentUserId(), id);

    /// <inheritdoc/>
    public Task SetDefaultAsync(string id) => customers.SetDefaultCardAsync(access.CurrentUserId(), id);

    private static SetupIntentDto ToDto(global::Stripe.SetupIntent intent) => new()
    {
        Id = intent.Id,
        Status = intent.Status,
        ClientSecret = intent.Status == "succeeded" ? null : intent.ClientSecret,
        FailureCode = intent.LastSetupError?.DeclineCode ?? intent.LastSetupError?.Code,
        FailureMessage = intent.LastSetupError?.Message,
        PaymentMethodId = intent.Status == "succeeded" ? intent.PaymentMethodId : null,
    };

    private static CardSetupDto ToDto(CardSetup setup, string? clientSecret) => new()
    {
        Id = setup.SetupIntentId,
        Status = setup.Status,
        ClientSecret = clientSecret,
        FailureCode = setup.FailureCode,
        FailureMessage = setup.FailureMessage,
        PaymentMethodId = setup.PaymentMethodId,
        CreatedAtUtc = setup.CreatedAtUtc,
        UpdatedAtUtc = setup.UpdatedAtUtc,
    };
}
