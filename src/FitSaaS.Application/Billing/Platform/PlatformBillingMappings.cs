namespace FitSaaS.Billing.Platform;

/// <summary>Entity → DTO mapping of platform billing.</summary>
internal static class PlatformBillingMappings
{
    public static EditionPriceDto ToDto(this EditionPrice price, IReadOnlyDictionary<Guid, string> editionNames) => new()
    {
        EditionId = price.EditionId,
        EditionName = editionNames.GetValueOrDefault(price.EditionId),
        Interval = price.Interval,
        Amount = price.Amount,
        Currency = price.Currency,
        StripeProductId = price.StripeProductId,
        StripePriceId = price.StripePriceId,
    };

    public static TenantSubscriptionDto ToDto(this TenantSubscription? subscription) => subscription is not { StripeSubscriptionId: not null }
        ? new TenantSubscriptionDto()
        : new TenantSubscriptionDto
        {
            IsSubscribed = true,
            EditionId = subscription.EditionId,
            Interval = subscription.Interval,
            Status = subscription.Status,
            PaidUntilUtc = subscription.CurrentPeriodEndUtc,
            CancelAtPeriodEnd = subscription.CancelAtPeriodEnd,
            GraceUntilUtc = subscription.GraceUntilUtc,
            LastPaymentFailedAtUtc = subscription.LastPaymentFailedAtUtc,
            LastPaymentFailure = subscription.LastPaymentFailure,
            StripeSubscriptionId = subscription.StripeSubscriptionId,
        };
}
