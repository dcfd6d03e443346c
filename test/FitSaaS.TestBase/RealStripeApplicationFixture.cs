namespace FitSaaS.Testing;

/// <summary>
/// The application-test fixture whose Stripe.net client calls Stripe's own API in test mode with the key of
/// <see cref="RealStripe.SecretKeyVariable"/> (Stripe.net's default base address unless <see cref="RealStripe.ApiBaseVariable"/>; its own retries); without the key the
/// services are built without Stripe and the lane's tests skip.
/// </summary>
public sealed class RealStripeApplicationFixture : FitSaaSApplicationFixture
{
    /// <inheritdoc/>
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
        RealStripe.SecretKey is not { } key ? []
        : RealStripe.ApiBase is { } apiBase ? [new("Stripe:SecretKey", key), new("Stripe:MaxNetworkRetries", "2"), new("Stripe:ApiBase", apiBase)]
        : [new("Stripe:SecretKey", key), new("Stripe:MaxNetworkRetries", "2")];
}
