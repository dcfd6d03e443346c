namespace FitSaaS.Billing.Stripe;

/// <summary>
/// Configuration section <c>Stripe</c>: how FitSaaS reaches Stripe's API as the platform (DOMAIN.md §3). The secret key
/// comes from configuration (environment or a secret store), never from the repository; it is never logged, published
/// in events, audited or returned by the API.
/// </summary>
public sealed class StripeOptions
{
    /// <summary>The configuration section: <c>Stripe</c>.</summary>
    public const string SectionName = "Stripe";

    /// <summary>
    /// The platform account's secret key (<c>sk_test_…</c>, <c>sk_live_…</c> or a restricted <c>rk_…</c> key). Empty (the
    /// default): online payments are not configured and every Stripe call is refused with
    /// <see cref="BillingErrorCodes.StripeNotConfigured"/>.
    /// </summary>
    public string SecretKey { get; set; } = string.Empty;

    /// <summary>
    /// Base URL of Stripe's API (default <c>https://api.stripe.com</c>); a local emulator's URL in tests and development
    /// (<c>etc/scripts/stripe-mock.sh</c> prints one). Connect OAuth and file uploads use the same base when it is not Stripe's.
    /// </summary>
    public Uri ApiBase { get; set; } = new("https://api.stripe.com");

    /// <summary>
    /// Retries Stripe.net makes on a network error or an answer Stripe marks retryable (<c>Stripe-Should-Retry</c>, a
    /// conflict, a rate limit, a server error), with the request's same idempotency key
    /// (https://docs.stripe.com/idempotency). Default 2; 0 turns them off.
    /// </summary>
    public int MaxNetworkRetries { get; set; } = 2;
}
