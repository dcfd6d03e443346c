using System.Globalization;
using FitSaaS.Billing.Stripe;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.TenantManagement;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stripe;

namespace FitSaaS.Billing.Platform;

/// <summary>
/// Platform billing of gyms through Stripe Billing on the platform's own account (no <c>Stripe-Account</c> header): edition
/// prices (a Product per edition, an immutable Price per amount), a Customer per gym (created once, idempotency key of the
/// tenant), its Subscription, and the gym's edition made true from the subscription's current state at Stripe
/// (<see cref="PlatformEditionRule"/>) through <see cref="TenantFeatureManager"/>. Its data is host data: every method
/// works as the host whatever the caller's tenant.
/// </summary>
public sealed partial class PlatformBillingManager(
    StripeClientProvider stripe,
    IEditionPriceRepository prices,
    ITenantSubscriptionRepository subscriptions,
    ITenantRepository tenants,
    IEditionRepository editions,
    TenantFeatureManager tenantFeatures,
    ICurrentTenant currentTenant,
    IGuidGenerator guids,
    TimeProvider clock,
    IOptions<PlatformBillingOptions> options,
    IOptions<FeatureManagementOptions> featureOptions,
    ILogger<PlatformBillingManager> logger) : IDomainService
{
    /// <summary>
    /// Sets what an edition costs per <paramref name="interval"/>: creates the edition's Stripe Product once and a Stripe
    /// Price when the amount or currency changes (idempotency keys of the edition and the price, so a retry never makes a
    /// second one). Gyms already subscribed keep their Price.
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="BillingErrorCodes.UnknownCurrency"/>, <see cref="BillingErrorCodes.InvalidAmount"/>, <see cref="PlatformBillingErrorCodes.InvalidInterval"/>,
    /// <c>Features:EditionNotFound</c>, <see cref="BillingErrorCodes.StripeUnavailable"/>, <see cref="BillingErrorCodes.StripeRequestFailed"/>.
    /// </exception>
    public async Task<EditionPrice> SetEditionPriceAsync(Guid editionId, PlatformBillingInterval interval, long amount, string currency, CancellationToken cancellationToken = default)
    {
        var code = currency?.Trim().ToUpperInvariant();
        if (code is null || !Iso4217.IsKnown(code))
        {
            throw new BusinessException(BillingErrorCodes.UnknownCurrency, "The currency is not an ISO 4217 code.").WithData("currency", currency);
        }

        if (amount <= 0 || amount > PlatformBillingConsts.MaxAmount)
        {
            throw new BusinessException(BillingErrorCodes.InvalidAmount, "An edition's price must be positive and at most 99,999,999 minor units.")
                .WithData("name", "amount").WithData("amount", amount);
        }

        if (!Enum.IsDefined(interval))
        {
            throw new BusinessException(PlatformBillingErrorCodes.InvalidInterval, "Editions are priced per month or per year.").WithData("interval", interval.ToString());
        }

        using var host = currentTenant.Change(null);
        var edition = await editions.FindValuesAsync(editionId, null, cancellationToken)
            ?? throw new BusinessException(FeatureManagementErrorCodes.EditionNotFound, "There is no such edition.").WithData("edition", editionId.ToString());
        var existing = await prices.FindAsync(editionId, interval, cancellationToken);
        if (existing is not null && existing.Is(amount, code))
        {
            return existing;
        }

        var client = stripe.Client;
        var productId = existing?.StripeProductId
            ?? (await prices.FindAnyOfEditionAsync(editionId, cancellationToken))?.StripeProductId
            ?? (await StripeCall.RunAsync(
                () => new ProductService(client).CreateAsync(
                    new ProductCreateOptions { Name = $"FitSaaS {edition.Name}", Metadata = new Dictionary<string, string> { ["edition_id"] = editionId.ToString() } },
                    OnPlatform($"platform-product:{editionId:N}"), cancellationToken),
                cancellationToken)).Id;
        var stripeInterval = interval == PlatformBillingInterval.Year ? "year" : "month";
        var price = await StripeCall.RunAsync(
            () => new PriceService(client).CreateAsync(
                new PriceCreateOptions
                {
                    Product = productId,
                    UnitAmount = amount,
                    Currency = code.ToLowerInvariant(),
                    Recurring = new PriceRecurringOptions { Interval = stripeInterval },
                    Metadata = new Dictionary<string, string> { ["edition_id"] = editionId.ToString(), ["interval"] = stripeInterval },
                },
                OnPlatform(string.Create(CultureInfo.InvariantCulture, $"platform-price:{editionId:N}:{stripeInterval}:{amount}:{code}")), cancellationToken),
            cancellationToken);
        if (existing is null)
        {
            existing = new EditionPrice(guids.Create(), editionId, interval, amount, code, productId, price.Id);
            await prices.InsertAsync(existing, autoSave: true, cancellationToken);
        }
        else
        {
            existing.ChangePrice(amount, code, price.Id);
            await prices.UpdateAsync(existing, autoSave: true, cancellationToken);
        }

        return existing;
    }

    /// <summary>Every edition price.</summary>
    public async Task<List<EditionPrice>> GetPricesAsync(CancellationToken cancellationToken = default)
    {
        using var host = currentTenant.Change(null);
        return await prices.GetListAsync(cancellationToken);
    }

    /// <summary>The current gym's subscription, or null.</summary>
    public async Task<TenantSubscription?> FindAsync(CancellationToken cancellationToken = default)
    {
        var tenantId = RequireTenant();
        using var host = currentTenant.Change(null);
        return await subscriptions.FindByTenantAsync(tenantId, cancellationToken);
    }

    /// <summary>
    /// Subscribes the current gym to an edition's price: its platform Customer (created once), the card
    /// (<paramref name="paymentMethodId"/>, a <c>pm_…</c> the gym's app created) attached to it, and a Subscription with
    /// that card as its default; the gym's edition follows the subscription's state at once (paid: the edition until the
    /// period end).
    /// </summary>
    /// <exception cref="BusinessException">
    /// <c>Features:EditionNotFound</c>, <see cref="PlatformBillingErrorCodes.EditionNotPriced"/>, <see cref="PlatformBillingErrorCodes.AlreadySubscribed"/>,
    /// <see cref="BillingErrorCodes.PaymentMethodNotFound"/>, <see cref="BillingErrorCodes.PaymentFailed"/> (the card was declined),
    /// <see cref="BillingErrorCodes.StripeUnavailable"/>, <see cref="BillingErrorCodes.StripeRequestFailed"/>.
    /// </exception>
    public async Task<TenantSubscription> SubscribeAsync(Guid editionId, PlatformBillingInterval interval, string paymentMethodId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(paymentMethodId);
        var tenantId = RequireTenant();
        var client = stripe.Client;
        using var host = currentTenant.Change(null);
        if (await editions.FindValuesAsync(editionId, null, cancellationToken) is null)
        {
            throw new BusinessException(FeatureManagementErrorCodes.EditionNotFound, "There is no such edition.").WithData("edition", editionId.ToString());
        }

        var price = await prices.FindAsync(editionId, interval, cancellationToken)
            ?? throw new BusinessException(PlatformBillingErrorCodes.EditionNotPriced, "The edition has no price for this interval.")
                .WithData("editionId", editionId).WithData("interval", interval.ToString());
        var tenant = await tenants.GetAsync(tenantId, cancellationToken);
        var row = await subscriptions.FindByTenantAsync(tenantId, cancellationToken);
        if (row is { IsLive: true })
        {
            throw new BusinessException(PlatformBillingErrorCodes.AlreadySubscribed, "The gym already has a platform subscription; cancel it first.")
                .WithData("status", row.Status.ToString());
        }

        row ??= await CreateCustomerAsync(client, tenant, cancellationToken);
        var attempt = row.SubscriptionCount + 1;
        var card = await RunWithCardAsync(
            () => new PaymentMethodService(client).AttachAsync(
                paymentMethodId, new PaymentMethodAttachOptions { Customer = row.StripeCustomerId },
                OnPlatform(string.Create(CultureInfo.InvariantCulture, $"platform-attach:{tenantId:N}:{attempt}:{paymentMethodId}")), cancellationToken),
            paymentMethodId, cancellationToken);
        var subscription = await RunWithCardAsync(
            () => new SubscriptionService(client).CreateAsync(
                new SubscriptionCreateOptions
                {
                    Customer = row.StripeCustomerId,
                    Items = [new SubscriptionItemOptions { Price = price.StripePriceId }],
                    DefaultPaymentMethod = card.Id,
                    Metadata = new Dictionary<string, string> { ["tenant_id"] = tenantId.ToString(), ["edition_id"] = editionId.ToString() },
                },
                OnPlatform(string.Create(CultureInfo.InvariantCulture, $"platform-subscription:{tenantId:N}:{attempt}:{price.StripePriceId}:{paymentMethodId}")), cancellationToken),
            paymentMethodId, cancellationToken);
        row.Start(subscription.Id, editionId, interval);
        await ApplyAsync(row, subscription, tenant, cancellationToken);
        await subscriptions.UpdateAsync(row, autoSave: true, cancellationToken);
        return row;
    }

    /// <summary>
    /// Cancels the current gym's subscription at the end of the paid period (one awaiting its first payment is cancelled
    /// now); the edition ends then.
    /// </summary>
    /// <exception cref="BusinessException"><see cref="PlatformBillingErrorCodes.NotSubscribed"/>, <see cref="BillingErrorCodes.StripeUnavailable"/>, <see cref="BillingErrorCodes.StripeRequestFailed"/>.</exception>
    public async Task<TenantSubscription> CancelAsync(CancellationToken cancellationToken = default)
    {
        var tenantId = RequireTenant();
        var client = stripe.Client;
        using var host = currentTenant.Change(null);
        var row = await subscriptions.FindByTenantAsync(tenantId, cancellationToken);
        if (row is not { IsLive: true, StripeSubscriptionId: { } subscriptionId })
        {
            throw new BusinessException(PlatformBillingErrorCodes.NotSubscribed, "The gym has no live platform subscription.");
        }

        var service = new SubscriptionService(client);
        var subscription = row.Status == TenantSubscriptionStatus.Incomplete
            ? await StripeCall.RunAsync(() => service.CancelAsync(subscriptionId, null, OnPlatform($"platform-cancel-now:{subscriptionId}"), cancellationToken), cancellationToken)
            : await StripeCall.RunAsync(
                () => service.UpdateAsync(subscriptionId, new SubscriptionUpdateOptions { CancelAtPeriodEnd = true }, OnPlatform($"platform-cancel:{subscriptionId}"), cancellationToken),
                cancellationToken);
        var tenant = await tenants.GetAsync(tenantId, cancellationToken);
        await ApplyAsync(row, subscription, tenant, cancellationToken);
        await subscriptions.UpdateAsync(row, autoSave: true, cancellationToken);
        return row;
    }

    /// <summary>
    /// Makes a gym's state true to its subscription's current state at Stripe (read now: webhooks come out of order and
    /// twice), recording a failed payment first when <paramref name="paymentFailedAtUtc"/> is given. Does nothing for a
    /// subscription that is not a gym's current one (an older one's late event).
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.StripeUnavailable"/>: Stripe's redelivery applies it later.</exception>
    public async Task SyncAsync(string stripeSubscriptionId, DateTime? paymentFailedAtUtc, string? failureMessage, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stripeSubscriptionId);
        using var host = currentTenant.Change(null);
        var row = await subscriptions.FindBySubscriptionIdAsync(stripeSubscriptionId, cancellationToken);
        if (row is null || await tenants.FindAsync(row.TenantId, cancellationToken) is not { } tenant)
        {
            LogUnknownSubscription(logger, stripeSubscriptionId);
            return;
        }

        Subscription subscription;
        try
        {
            subscription = await StripeCall.RunAsync(
                () => new SubscriptionService(stripe.Client).GetAsync(stripeSubscriptionId, null, OnPlatform(null), cancellationToken), cancellationToken);
        }
        catch (BusinessException ex) when (ex.InnerException is StripeException missing && StripeCall.IsMissing(missing))
        {
            LogUnknownSubscription(logger, stripeSubscriptionId);
            return;
        }

        if (paymentFailedAtUtc is { } failedAt)
        {
            row.RecordPaymentFailure(failedAt, failureMessage);
        }

        await ApplyAsync(row, subscription, tenant, cancellationToken);
        await subscriptions.UpdateAsync(row, autoSave: true, cancellationToken);
    }

    private async Task ApplyAsync(TenantSubscription row, Subscription subscription, Tenant tenant, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var status = PlatformEditionRule.ParseStatus(subscription.Status) ?? row.Status;
        DateTime? periodEnd = subscription.Items?.Data?.FirstOrDefault()?.CurrentPeriodEnd is { } end && end > DateTime.UnixEpoch
            ? DateTime.SpecifyKind(end, DateTimeKind.Utc)
            : null;
        row.UpdateState(status, periodEnd, subscription.CancelAtPeriodEnd, now, settings.GraceDays);
        var access = PlatformEditionRule.Decide(row.Status, row.CurrentPeriodEndUtc, row.GraceUntilUtc, row.CancelAtPeriodEnd, now, TimeSpan.FromHours(settings.PaidUntilBufferHours));
        switch (access.Kind)
        {
            case PlatformEditionAccessKind.Grant when tenant.EditionId != row.EditionId || tenant.EditionEndDateUtc != access.EndDateUtc:
                await tenantFeatures.AssignEditionAsync(tenant, row.EditionId, access.EndDateUtc, cancellationToken);
                await tenants.UpdateAsync(tenant, autoSave: true, cancellationToken);
                LogEditionChanged(logger, tenant.Id, row.Status, access.EndDateUtc);
                break;
            case PlatformEditionAccessKind.Fallback when tenant.EditionId == row.EditionId:
                var fallback = (await editions.FindValuesAsync(null, featureOptions.Value.TrialFallbackEdition.Trim().ToUpperInvariant(), cancellationToken))?.Id;
                await tenantFeatures.AssignEditionAsync(tenant, fallback, null, cancellationToken);
                await tenants.UpdateAsync(tenant, autoSave: true, cancellationToken);
                LogEditionChanged(logger, tenant.Id, row.Status, null);
                break;
        }
    }

    private async Task<TenantSubscription> CreateCustomerAsync(IStripeClient client, Tenant tenant, CancellationToken cancellationToken)
    {
        var customer = await StripeCall.RunAsync(
            () => new CustomerService(client).CreateAsync(
                new CustomerCreateOptions { Name = tenant.Name, Metadata = new Dictionary<string, string> { ["tenant_id"] = tenant.Id.ToString() } },
                OnPlatform($"platform-customer:{tenant.Id:N}"), cancellationToken),
            cancellationToken);
        var row = new TenantSubscription(guids.Create(), tenant.Id, customer.Id);
        return await subscriptions.TryInsertAsync(row, cancellationToken)
            ? row
            : (await subscriptions.FindByTenantAsync(tenant.Id, cancellationToken))!;
    }

    private static async Task<T> RunWithCardAsync<T>(Func<Task<T>> call, string paymentMethodId, CancellationToken cancellationToken)
    {
        try
        {
            return await StripeCall.RunAsync(call, cancellationToken);
        }
        catch (StripeException ex) when (StripeCall.IsCardError(ex))
        {
            throw new BusinessException(BillingErrorCodes.PaymentFailed, $"The card was declined: {ex.StripeError?.Message ?? ex.Message}", ex)
                .WithData("declineCode", ex.StripeError?.DeclineCode ?? ex.StripeError?.Code);
        }
        catch (BusinessException ex) when (ex.InnerException is StripeException missing && StripeCall.IsMissing(missing))
        {
            throw new BusinessException(BillingErrorCodes.PaymentMethodNotFound, "No such card.", ex).WithData("paymentMethodId", paymentMethodId);
        }
    }

    private Guid RequireTenant() =>
        currentTenant.Id ?? throw new BusinessException(PlatformBillingErrorCodes.NotSubscribed, "Only a gym has a platform subscription.");

    /// <summary>Request options on the platform's own account (no <c>Stripe-Account</c>), with an idempotency key when given.</summary>
    private static RequestOptions OnPlatform(string? idempotencyKey) => new() { IdempotencyKey = idempotencyKey };

    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "Platform subscription {SubscriptionId} is no gym's current one: ignored")]
    private static partial void LogUnknownSubscription(ILogger logger, string subscriptionId);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Information, Message = "Tenant {TenantId}: platform subscription {Status}, edition until {EndDateUtc}")]
    private static partial void LogEditionChanged(ILogger logger, Guid tenantId, TenantSubscriptionStatus status, DateTime? endDateUtc);
}
