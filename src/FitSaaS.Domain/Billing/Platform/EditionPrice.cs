using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing.Platform;

/// <summary>
/// What the platform charges gyms for an edition per month or per year, and its Stripe Product and Price on the platform's
/// own account. Host-owned; one per edition and interval. Stripe Prices are immutable: a new amount or currency is a new
/// Stripe Price (<see cref="PlatformBillingManager.SetEditionPriceAsync"/>); gyms subscribed before keep the old one.
/// </summary>
[Audited]
public sealed class EditionPrice : AuditedAggregateRoot<Guid>, IHostEntity
{
    private EditionPrice()
    {
        Currency = null!;
        StripeProductId = null!;
        StripePriceId = null!;
    }

    internal EditionPrice(Guid id, Guid editionId, PlatformBillingInterval interval, long amount, string currency, string stripeProductId, string stripePriceId)
        : base(id)
    {
        EditionId = editionId;
        Interval = interval;
        Currency = null!;
        StripeProductId = null!;
        StripePriceId = null!;
        SetStripeProduct(stripeProductId);
        ChangePrice(amount, currency, stripePriceId);
    }

    /// <summary>The edition.</summary>
    public Guid EditionId { get; private set; }

    /// <summary>Monthly or yearly.</summary>
    public PlatformBillingInterval Interval { get; private set; }

    /// <summary>The price in minor units of <see cref="Currency"/>.</summary>
    public long Amount { get; private set; }

    /// <summary>ISO 4217 code, upper case.</summary>
    public string Currency { get; private set; }

    /// <summary>The edition's Stripe Product on the platform account (<c>prod_…</c>).</summary>
    public string StripeProductId { get; private set; }

    /// <summary>The Stripe Price new subscriptions use (<c>price_…</c>).</summary>
    public string StripePriceId { get; private set; }

    /// <summary>Whether the price is <paramref name="amount"/> in <paramref name="currency"/> already.</summary>
    public bool Is(long amount, string currency) => Amount == amount && string.Equals(Currency, currency, StringComparison.Ordinal);

    internal void SetStripeProduct(string stripeProductId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stripeProductId);
        StripeProductId = stripeProductId;
    }

    internal void ChangePrice(long amount, string currency, string stripePriceId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        ArgumentException.ThrowIfNullOrWhiteSpace(stripePriceId);
        Amount = amount;
        Currency = currency;
        StripePriceId = stripePriceId;
    }
}
