using FitSaaS.Billing.Stripe;
using FitSaaS.Testing.Stripe;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Testing;

/// <summary>
/// The application-test fixture with online payments configured: Stripe.net sends its requests through the in-process
/// fake Stripe (<see cref="Fake"/>: setup and payment intents, 3-D Secure, signed events) in front of the local Stripe
/// emulator (<see cref="StripeEmulator"/>: customers, charges, refunds, accounts). Tests needing the emulator skip without
/// it. <see cref="StripeProxyApplicationFixture"/> runs the same tests through the HTTP client proxies.
/// </summary>
public sealed class StripeApplicationFixture : FitSaaSApplicationFixture
{
    /// <summary>The platform webhook endpoint's signing secret the fixtures configure.</summary>
    public const string PlatformWebhookSecret = "whsec_fitsaas_platform_test";

    /// <summary>The Connect webhook endpoint's signing secret the fixtures configure.</summary>
    public const string ConnectWebhookSecret = "whsec_fitsaas_connect_test";

    /// <summary>The fake Stripe the services call.</summary>
    public FakeStripe Fake { get; } = new(StripeEmulator.ApiBase);

    /// <summary>The Stripe settings of both Stripe fixtures: the emulator's key, the fake's address, no retries, the webhook secrets.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> StripeSettings { get; } =
    [
        new("Stripe:SecretKey", StripeEmulator.SecretKey),
        new("Stripe:ApiBase", "http://stripe.fake"),
        new("Stripe:MaxNetworkRetries", "0"),
        new("Stripe:WebhookSecret", PlatformWebhookSecret),
        new("Stripe:ConnectWebhookSecret", ConnectWebhookSecret),
    ];

    /// <summary>Sends the Stripe client's requests to <paramref name="fake"/>.</summary>
    public static void UseFake(IServiceCollection services, FakeStripe fake)
    {
        ArgumentNullException.ThrowIfNull(fake);
        services.AddHttpClient(StripeClientProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(fake.CreateHandler);
    }

    /// <inheritdoc/>
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => StripeSettings;

    /// <inheritdoc/>
    protected override void ConfigureServices(IServiceCollection services) => UseFake(services, Fake);

    /// <inheritdoc/>
    protected override ValueTask OnDisposingAsync()
    {
        Fake.Dispose();
        return ValueTask.CompletedTask;
    }
}
