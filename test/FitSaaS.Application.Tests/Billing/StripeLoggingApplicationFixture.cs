using FitSaaS.Testing;
using FitSaaS.Testing.Stripe;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>
/// <see cref="StripeApplicationFixture"/> (Stripe.net against the fake Stripe in front of the local emulator, the same
/// secret key and webhook secrets) whose every log entry, at every level down to <c>Trace</c>, is recorded in
/// <see cref="Logs"/>: for the tests that no secret is ever logged.
/// </summary>
public sealed class StripeLoggingApplicationFixture : FitSaaSApplicationFixture
{
    /// <summary>The fake Stripe the services call.</summary>
    public FakeStripe Fake { get; } = new(StripeEmulator.ApiBase);

    /// <summary>Every log entry of the fixture's services.</summary>
    public RecordingLoggerProvider Logs { get; } = new();

    /// <inheritdoc/>
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => StripeApplicationFixture.StripeSettings;

    /// <inheritdoc/>
    protected override void ConfigureServices(IServiceCollection services)
    {
        StripeApplicationFixture.UseFake(services, Fake);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
    }

    /// <inheritdoc/>
    protected override ValueTask OnDisposingAsync()
    {
        Fake.Dispose();
        return ValueTask.CompletedTask;
    }
}
