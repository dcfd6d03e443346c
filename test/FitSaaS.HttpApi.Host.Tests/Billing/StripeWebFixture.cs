using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Billing;

/// <summary>
/// The host with online payments configured: Stripe.net pointed at the local Stripe emulator (<see cref="StripeEmulator"/>),
/// and the two webhook endpoint secrets of <see cref="StripeWebhooks"/>. Tests using it skip without the emulator.
/// </summary>
public sealed class StripeWebFixture : FitSaaSWebFixture
{
    /// <inheritdoc/>
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
    [
        new("Stripe:SecretKey", StripeEmulator.SecretKey),
        new("Stripe:ApiBase", (StripeEmulator.ApiBase ?? new Uri("http://127.0.0.1:9")).ToString()),
        new("Stripe:MaxNetworkRetries", "0"),
        new("Stripe:WebhookSecret", StripeWebhooks.PlatformSecret),
        new("Stripe:ConnectWebhookSecret", StripeWebhooks.ConnectSecret),
    ];
}
