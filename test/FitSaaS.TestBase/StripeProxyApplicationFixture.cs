using FitSaaS.Testing.Stripe;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Testing;

/// <summary><see cref="StripeApplicationFixture"/> in proxy mode: the host (on Kestrel) calls the fake Stripe; the tests call the host through the HTTP client proxies.</summary>
public sealed class StripeProxyApplicationFixture : FitSaaSProxyApplicationFixture
{
    /// <summary>The fake Stripe the host calls.</summary>
    public FakeStripe Fake { get; } = new(StripeEmulator.ApiBase);

    /// <inheritdoc/>
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => StripeApplicationFixture.StripeSettings;

    /// <inheritdoc/>
    protected override void ConfigureServices(IServiceCollection services) => StripeApplicationFixture.UseFake(services, Fake);

    /// <inheritdoc/>
    protected override async ValueTask OnDisposingAsync()
    {
        await base.OnDisposingAsync();
        Fake.Dispose();
    }
}
