using System.Net.Http.Json;
using FitSaaS.Billing;
using FitSaaS.Billing.Stripe;
using FitSaaS.Testing;
using FitSaaS.Testing.Stripe;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.HttpApi.Host.Tests.Billing;

/// <summary>
/// The host with online payments configured: Stripe.net sends its requests through the in-process fake Stripe
/// (<see cref="Fake"/>: setup and payment intents, 3-D Secure, signed events) in front of the local Stripe emulator
/// (<see cref="StripeEmulator"/>: customers, charges, refunds, accounts), and the two webhook endpoint secrets of
/// <see cref="StripeWebhooks"/>. Tests needing the emulator skip without it.
/// </summary>
public sealed class StripeWebFixture : FitSaaSWebFixture
{
    /// <summary>The fake Stripe the host calls.</summary>
    public FakeStripe Fake { get; } = new(StripeEmulator.ApiBase);

    /// <summary>
    /// The gym of <paramref name="admin"/> connects a new Stripe account, which Stripe then reports onboarded and able to
    /// take charges (<c>account.updated</c> played by the fake, read back with a refresh). Returns the account id.
    /// </summary>
    public Task<string> ConnectChargeableGymAsync(HttpClient admin) => ConnectChargeableGymAsync(admin, Fake);

    /// <summary>
    /// <see cref="ConnectChargeableGymAsync(HttpClient)"/> for a host whose Stripe is <paramref name="fake"/> (a host process
    /// calling a <see cref="FakeStripeServer"/>).
    /// </summary>
    public static async Task<string> ConnectChargeableGymAsync(HttpClient admin, FakeStripe fake)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(fake);
        using var created = await admin.PostAsJsonAsync("/api/billing/stripe-connection", new { email = "owner@gym.test" }, TestJson.Options);
        created.EnsureSuccessStatusCode();
        var accountId = (await created.Content.ReadFromJsonAsync<StripeConnectionDto>(TestJson.Options))!.AccountId!;
        await fake.UpdateAccountAsync(accountId, true, true, true, TestContext.Current.CancellationToken);
        using var refreshed = await admin.PostAsJsonAsync("/api/billing/stripe-connection/refresh", new { }, TestJson.Options);
        refreshed.EnsureSuccessStatusCode();
        return accountId;
    }

    /// <inheritdoc/>
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services =>
            services.AddHttpClient(StripeClientProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(Fake.CreateHandler));

    /// <inheritdoc/>
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
    [
        new("Stripe:SecretKey", StripeEmulator.SecretKey),
        new("Stripe:ApiBase", "http://stripe.fake"),
        new("Stripe:MaxNetworkRetries", "0"),
        new("Stripe:WebhookSecret", StripeWebhooks.PlatformSecret),
        new("Stripe:ConnectWebhookSecret", StripeWebhooks.ConnectSecret),
    ];
}
