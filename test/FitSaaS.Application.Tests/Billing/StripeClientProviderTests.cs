using FitSaaS.Billing;
using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Stripe;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>
/// The platform's Stripe.net client against the local Stripe emulator: requests go to <c>Stripe:ApiBase</c>, a gym's calls
/// run on its connected account (<c>Stripe-Account</c>), and an idempotency key replays the first answer.
/// </summary>
public sealed class StripeClientProviderTests
{
    [Fact]
    public void Client_WithoutASecretKey_IsRefusedWithAStableCode()
    {
        var provider = Create(new StripeOptions());

        provider.IsConfigured.ShouldBeFalse();
        Should.Throw<BusinessException>(() => provider.Client).Code.ShouldBe(BillingErrorCodes.StripeNotConfigured);
    }

    [Fact]
    public async Task ACustomerCreatedOnAConnectedAccount_IsSeenThroughThatAccountOnly()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        var client = Create(new StripeOptions { SecretKey = StripeEmulator.SecretKey, ApiBase = StripeEmulator.ApiBase! }).Client;
        var account = await new AccountService(client).CreateAsync(new AccountCreateOptions { Type = "standard", Email = "owner@gym.test" }, cancellationToken: ct);
        var onAccount = new RequestOptions { StripeAccount = account.Id };

        var customer = await new CustomerService(client).CreateAsync(
            new CustomerCreateOptions { Email = "member@gym.test", Name = "Ada Member", Metadata = new() { ["member_id"] = Guid.NewGuid().ToString() } }, onAccount, ct);
        var read = await new CustomerService(client).GetAsync(customer.Id, requestOptions: onAccount, cancellationToken: ct);
        var elsewhere = await Should.ThrowAsync<StripeException>(() => new CustomerService(client).GetAsync(customer.Id, cancellationToken: ct));

        account.Id.ShouldStartWith("acct_");
        read.Email.ShouldBe("member@gym.test");
        elsewhere.StripeError.Code.ShouldBe("resource_missing", "the platform's own account does not hold the gym's customer");
    }

    [Fact]
    public async Task AnIdempotencyKey_ReplaysTheFirstAnswer_AndRefusesOtherParameters()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        var customers = new CustomerService(Create(new StripeOptions { SecretKey = StripeEmulator.SecretKey, ApiBase = StripeEmulator.ApiBase! }).Client);
        var key = $"customer:{Guid.NewGuid():N}";

        var first = await customers.CreateAsync(new CustomerCreateOptions { Email = "once@gym.test" }, new RequestOptions { IdempotencyKey = key }, ct);
        var replay = await customers.CreateAsync(new CustomerCreateOptions { Email = "once@gym.test" }, new RequestOptions { IdempotencyKey = key }, ct);
        var other = await Should.ThrowAsync<StripeException>(() =>
            customers.CreateAsync(new CustomerCreateOptions { Email = "other@gym.test" }, new RequestOptions { IdempotencyKey = key }, ct));

        replay.Id.ShouldBe(first.Id);
        other.StripeError.Type.ShouldBe("idempotency_error");
    }

    private static StripeClientProvider Create(StripeOptions options) =>
        new(Options.Create(options), new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>());
}
