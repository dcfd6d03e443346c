namespace FitSaaS.Billing.Platform;

/// <summary>Sizes and limits of platform billing.</summary>
public static class PlatformBillingConsts
{
    /// <summary>Longest stored Stripe id (<c>cus_…</c>, <c>sub_…</c>, <c>price_…</c>, <c>pm_…</c>).</summary>
    public const int MaxStripeIdLength = 255;

    /// <summary>Length of an ISO 4217 currency code.</summary>
    public const int CurrencyLength = 3;

    /// <summary>Largest price in minor units (Stripe's limit for <c>unit_amount</c> is eight digits).</summary>
    public const long MaxAmount = 99_999_999;

    /// <summary>Longest failure message kept from Stripe.</summary>
    public const int MaxFailureMessageLength = 500;
}
