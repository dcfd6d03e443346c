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

    /// <summary>
    /// Signing secret (<c>whsec_…</c>) of the platform's webhook endpoint (events of the platform's own account: platform
    /// billing of gyms). Empty: such events are refused as unsigned. Never logged or returned.
    /// </summary>
    public string WebhookSecret { get; set; } = string.Empty;

    /// <summary>
    /// Signing secret (<c>whsec_…</c>) of the Connect webhook endpoint (events of the gyms' connected accounts). Both
    /// endpoints may point at the same URL: a signature valid with either secret is accepted.
    /// </summary>
    public string ConnectWebhookSecret { get; set; } = string.Empty;

    /// <summary>
    /// Largest difference, in seconds, between a webhook's signed timestamp and now (default 300, Stripe's libraries'
    /// default): an older or future signature is refused as a replay.
    /// </summary>
    public int WebhookToleranceSeconds { get; set; } = 300;

    /// <summary>Whether <see cref="SecretKey"/> is a test-mode key: only events with <c>livemode=false</c> are then applied, and only live ones otherwise.</summary>
    public bool IsTestMode => SecretKey.StartsWith("sk_test_", StringComparison.Ordinal) || SecretKey.StartsWith("rk_test_", StringComparison.Ordinal);
}
