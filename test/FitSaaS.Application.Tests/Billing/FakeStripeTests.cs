using System.Net;
using FitSaaS.Billing.Stripe;
using FitSaaS.Testing;
using FitSaaS.Testing.Stripe;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Stripe;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>
/// FakeStripe through the platform's real Stripe.net client (StripeClientProvider, its "Stripe" HttpClient's primary handler
/// being the fake's): SetupIntents, PaymentIntents with 3-D Secure and declines, Connect isolation, idempotency, faults,
/// refunds moving the emulator's money, events and their signatures. Most need the local emulator (skipped without it).
/// </summary>
public sealed class FakeStripeTests
{
    private const string Secret = "whsec_test_secret";

    [Fact]
    public void SignatureHeader_MatchesTheDomainTestVector()
    {
        using var fake = new FakeStripe(null);

        const string Body = """{"id":"evt_test_1","object":"event","type":"invoice.paid"}""";

        var header = fake.SignatureHeader(Body, Secret, DateTimeOffset.FromUnixTimeSeconds(1700000000));

        header.ShouldBe("t=1700000000,v1=3e3e661992c26c45d9105cbea450acc1a34f8c6dbafbd891f858c6fd9054fe3e");
        Should.NotThrow(() => EventUtility.ValidateSignature(Body, header, Secret, 300, 1700000100));
        Should.Throw<StripeException>(() => EventUtility.ValidateSignature(Body, header, "whsec_other", 300, 1700000100));
        Should.Throw<StripeException>(() => EventUtility.ValidateSignature(Body, header, Secret, 300, 1700000301));
    }

    [Fact]
    public async Task WithoutAnEmulator_ASavedCardIsCharged_AndTheSignedEventsAreWhatStripeNetAccepts()
    {
        var ct = TestContext.Current.CancellationToken;
        using var fake = new FakeStripe(null);
        var client = Client(fake);

        var setup = await new SetupIntentService(client).CreateAsync(new SetupIntentCreateOptions { Customer = "cus_offline", PaymentMethod = "pm_card_visa", Confirm = true }, cancellationToken: ct);
        var payment = await new PaymentIntentService(client).CreateAsync(
            new PaymentIntentCreateOptions { Amount = 1500, Currency = "eur", Customer = "cus_offline", PaymentMethod = setup.PaymentMethodId, Confirm = true, OffSession = true }, cancellationToken: ct);
        var unknown = await Should.ThrowAsync<StripeException>(() => new CustomerService(client).GetAsync("cus_offline", cancellationToken: ct));

        setup.Status.ShouldBe("succeeded");
        setup.Usage.ShouldBe("off_session");
        setup.ClientSecret.ShouldStartWith(setup.Id + "_secret_");
        payment.Status.ShouldBe("succeeded");
        payment.LatestChargeId.ShouldStartWith("ch_");
        unknown.HttpStatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.StripeError.Code.ShouldBe("resource_missing");

        var succeeded = fake.LastEvent("payment_intent.succeeded").ShouldNotBeNull();
        var header = fake.SignatureHeader(succeeded.Json, Secret);
        var parsed = EventUtility.ConstructEvent(succeeded.Json, header, Secret, 300, throwOnApiVersionMismatch: false);
        parsed.Id.ShouldBe(succeeded.Id);
        parsed.ApiVersion.ShouldBe(StripeConfiguration.ApiVersion);
        parsed.Data.Object.ShouldBeOfType<PaymentIntent>().Id.ShouldBe(payment.Id);
        Should.Throw<StripeException>(() => EventUtility.ConstructEvent(succeeded.Json.Replace("succeeded", "canceled", StringComparison.Ordinal), header, Secret, 300, false));
        fake.Events.Select(e => e.Type).ShouldBe(["setup_intent.created", "payment_method.attached", "setup_intent.succeeded", "payment_intent.created", "payment_intent.succeeded"]);
    }

    [Fact]
    public async Task DeliverAsync_PostsTheExactJson_Signed()
    {
        var ct = TestContext.Current.CancellationToken;
        using var fake = new FakeStripe(null);
        var stripeEvent = fake.RaiseEvent("invoice.paid", "acct_gym", """{"id":"in_1","object":"invoice","status":"paid"}""");
        var receiver = new Receiver();
        using var http = new HttpClient(receiver) { BaseAddress = new Uri("http://fitsaas.test") };

        using var response = await fake.DeliverAsync(http, "/api/billing/stripe/webhooks", stripeEvent, Secret);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        receiver.Body.ShouldBe(stripeEvent.Json);
        receiver.ContentType.ShouldBe("application/json; charset=utf-8");
        var parsed = EventUtility.ConstructEvent(receiver.Body!, receiver.Signature!, Secret, 300, throwOnApiVersionMismatch: false);
        parsed.Type.ShouldBe("invoice.paid");
        parsed.Account.ShouldBe("acct_gym");
    }

    [Fact]
    public async Task ASetupIntent_SavesACard_OrAsksFor3DSecure_OrIsDeclined()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        using var fake = new FakeStripe(StripeEmulator.ApiBase);
        var client = Client(fake);
        var customer = await new CustomerService(client).CreateAsync(new CustomerCreateOptions { Email = "member@gym.test" }, cancellationToken: ct);
        var setupIntents = new SetupIntentService(client);

        var saved = await setupIntents.CreateAsync(new SetupIntentCreateOptions
        {
            Customer = customer.Id, PaymentMethod = "pm_card_visa", Confirm = true, AllowedPaymentMethodTypes = ["card"], Metadata = new() { ["member_id"] = "m1" },
        }, cancellationToken: ct);
        var threeDs = await setupIntents.CreateAsync(new SetupIntentCreateOptions { Customer = customer.Id, AllowedPaymentMethodTypes = ["card"] }, cancellationToken: ct);
        threeDs = await setupIntents.ConfirmAsync(threeDs.Id, new SetupIntentConfirmOptions { PaymentMethod = "pm_card_threeDSecure2Required" }, cancellationToken: ct);
        var declined = await Should.ThrowAsync<StripeException>(() => setupIntents.CreateAsync(
            new SetupIntentCreateOptions { Customer = customer.Id, PaymentMethod = "pm_card_chargeDeclinedInsufficientFunds", Confirm = true }, cancellationToken: ct));

        saved.Status.ShouldBe("succeeded");
        saved.Metadata["member_id"].ShouldBe("m1");
        var card = await new PaymentMethodService(client).GetAsync(saved.PaymentMethodId, cancellationToken: ct);
        card.CustomerId.ShouldBe(customer.Id);
        card.Card.Last4.ShouldBe("4242");
        card.Card.ExpYear.ShouldBeGreaterThan(DateTime.UtcNow.Year);

        threeDs.Status.ShouldBe("requires_action");
        threeDs.NextAction.Type.ShouldBe("use_stripe_sdk");
        fake.LastEvent("setup_intent.requires_action").ShouldNotBeNull();
        await fake.CompleteAuthenticationAsync(threeDs.Id, succeed: true, ct);
        (await setupIntents.GetAsync(threeDs.Id, cancellationToken: ct)).Status.ShouldBe("succeeded");

        declined.HttpStatusCode.ShouldBe(HttpStatusCode.PaymentRequired);
        declined.StripeError.Type.ShouldBe("card_error");
        declined.StripeError.DeclineCode.ShouldBe("insufficient_funds");
        declined.StripeError.SetupIntent.Status.ShouldBe("requires_payment_method");
        declined.StripeError.SetupIntent.LastSetupError.DeclineCode.ShouldBe("insufficient_funds");
        fake.LastEvent("setup_intent.setup_failed").ShouldNotBeNull();

        var methods = await new PaymentMethodService(client).ListAsync(new PaymentMethodListOptions { Customer = customer.Id, Type = "card" }, cancellationToken: ct);
        methods.Data.Select(m => m.Card.Last4).ShouldBe(["3220", "4242"]);
        var ofCustomer = await new CustomerPaymentMethodService(client).ListAsync(customer.Id, new CustomerPaymentMethodListOptions { Type = "card", Limit = 1 }, cancellationToken: ct);
        ofCustomer.Data.Single().Card.Last4.ShouldBe("3220");
        ofCustomer.HasMore.ShouldBeTrue();
        var detached = await new PaymentMethodService(client).DetachAsync(saved.PaymentMethodId, cancellationToken: ct);
        detached.CustomerId.ShouldBeNull();
        fake.LastEvent("payment_method.detached").ShouldNotBeNull();
        EveryEventParses(fake);
    }

    [Fact]
    public async Task APaymentIntent_OnSession_MovesTheMoneyInTheEmulator_OrAsksFor3DSecure()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        using var fake = new FakeStripe(StripeEmulator.ApiBase);
        var client = Client(fake);
        var customer = await new CustomerService(client).CreateAsync(new CustomerCreateOptions { Email = "member@gym.test" }, cancellationToken: ct);
        var invoiceId = Guid.NewGuid().ToString();
        var payments = new PaymentIntentService(client);

        var paid = await payments.CreateAsync(new PaymentIntentCreateOptions
        {
            Amount = 2500, Currency = "eur", Customer = customer.Id, PaymentMethod = "pm_card_mastercard", Confirm = true,
            Description = "Drop-in", Metadata = new() { ["invoice_id"] = invoiceId },
        }, cancellationToken: ct);
        var threeDs = await payments.CreateAsync(new PaymentIntentCreateOptions
        {
            Amount = 4000, Currency = "eur", Customer = customer.Id, PaymentMethod = "pm_card_threeDSecure2Required", Confirm = true,
        }, cancellationToken: ct);

        paid.Status.ShouldBe("succeeded");
        var charge = await new ChargeService(client).GetAsync(paid.LatestChargeId, cancellationToken: ct);
        charge.Amount.ShouldBe(2500);
        charge.Metadata["invoice_id"].ShouldBe(invoiceId);
        charge.Metadata["payment_intent"].ShouldBe(paid.Id);
        (await fake.ListEmulatorChargeIdsAsync(null, "invoice_id", invoiceId, ct)).ShouldBe([paid.LatestChargeId]);

        threeDs.Status.ShouldBe("requires_action");
        threeDs.NextAction.Type.ShouldBe("use_stripe_sdk");
        threeDs.ClientSecret.ShouldStartWith(threeDs.Id + "_secret_");
        await fake.CompleteAuthenticationAsync(threeDs.Id, succeed: true, ct);
        var authenticated = await payments.GetAsync(threeDs.Id, cancellationToken: ct);
        authenticated.Status.ShouldBe("succeeded");
        authenticated.LatestChargeId.ShouldStartWith("ch_");
        (await payments.ListAsync(new PaymentIntentListOptions { Customer = customer.Id }, cancellationToken: ct)).Data.Select(p => p.Id).ShouldBe([threeDs.Id, paid.Id]);

        var abandoned = await payments.CreateAsync(new PaymentIntentCreateOptions { Amount = 900, Currency = "eur", Customer = customer.Id }, cancellationToken: ct);
        var updated = await payments.UpdateAsync(abandoned.Id, new PaymentIntentUpdateOptions { Metadata = new() { ["invoice_id"] = invoiceId } }, cancellationToken: ct);
        var canceled = await payments.CancelAsync(abandoned.Id, cancellationToken: ct);
        abandoned.Status.ShouldBe("requires_payment_method");
        updated.Metadata["invoice_id"].ShouldBe(invoiceId);
        canceled.Status.ShouldBe("canceled");
        fake.LastEvent("payment_intent.canceled").ShouldNotBeNull();
        (await Should.ThrowAsync<StripeException>(() => payments.CancelAsync(paid.Id, cancellationToken: ct))).StripeError.Code.ShouldBe("payment_intent_unexpected_state");
    }

    [Fact]
    public async Task AnOffSessionPayment_IsDeclined_WithTheCardsDeclineCode_OrForAuthentication()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        using var fake = new FakeStripe(StripeEmulator.ApiBase);
        var client = Client(fake);
        var customer = await new CustomerService(client).CreateAsync(new CustomerCreateOptions { Email = "member@gym.test" }, cancellationToken: ct);
        var payments = new PaymentIntentService(client);
        PaymentIntentCreateOptions OffSession(string card) =>
            new() { Amount = 3000, Currency = "eur", Customer = customer.Id, PaymentMethod = card, Confirm = true, OffSession = true };

        var lost = await Should.ThrowAsync<StripeException>(() => payments.CreateAsync(OffSession("pm_card_chargeDeclinedLostCard"), cancellationToken: ct));
        var authentication = await Should.ThrowAsync<StripeException>(() => payments.CreateAsync(OffSession("pm_card_threeDSecure2Required"), cancellationToken: ct));
        var setupThenOffSession = await payments.CreateAsync(OffSession("pm_card_authenticationRequiredOnSetup"), cancellationToken: ct);
        var customerFail = await Should.ThrowAsync<StripeException>(() => payments.CreateAsync(OffSession("pm_card_chargeCustomerFail"), cancellationToken: ct));

        lost.HttpStatusCode.ShouldBe(HttpStatusCode.PaymentRequired);
        lost.StripeError.Type.ShouldBe("card_error");
        lost.StripeError.Code.ShouldBe("card_declined");
        lost.StripeError.DeclineCode.ShouldBe("lost_card");
        lost.StripeError.PaymentIntent.Status.ShouldBe("requires_payment_method");
        lost.StripeError.PaymentIntent.LastPaymentError.DeclineCode.ShouldBe("lost_card");
        (await payments.GetAsync(lost.StripeError.PaymentIntent.Id, cancellationToken: ct)).LastPaymentError.Code.ShouldBe("card_declined");
        authentication.StripeError.Code.ShouldBe("authentication_required");
        setupThenOffSession.Status.ShouldBe("succeeded");
        customerFail.StripeError.DeclineCode.ShouldBe("generic_decline");
        fake.Events.Count(e => e.Type == "payment_intent.payment_failed").ShouldBe(3);
        EveryEventParses(fake);
    }

    [Fact]
    public async Task AnIntentOfAConnectedAccount_IsMissingThroughAnotherAccount_AndItsEventsNameTheAccount()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        using var fake = new FakeStripe(StripeEmulator.ApiBase);
        var client = Client(fake);
        var accounts = new AccountService(client);
        var gymA = await accounts.CreateAsync(new AccountCreateOptions { Type = "standard", Email = "a@gym.test" }, cancellationToken: ct);
        var gymB = await accounts.CreateAsync(new AccountCreateOptions { Type = "standard", Email = "b@gym.test" }, cancellationToken: ct);
        var onA = new RequestOptions { StripeAccount = gymA.Id };
        var customer = await new CustomerService(client).CreateAsync(new CustomerCreateOptions { Email = "member@gym.test" }, onA, ct);

        var payment = await new PaymentIntentService(client).CreateAsync(
            new PaymentIntentCreateOptions { Amount = 1200, Currency = "eur", Customer = customer.Id, PaymentMethod = "pm_card_visa", Confirm = true }, onA, ct);
        var throughB = await Should.ThrowAsync<StripeException>(() =>
            new PaymentIntentService(client).GetAsync(payment.Id, requestOptions: new RequestOptions { StripeAccount = gymB.Id }, cancellationToken: ct));
        var onPlatform = await Should.ThrowAsync<StripeException>(() => new PaymentIntentService(client).GetAsync(payment.Id, cancellationToken: ct));
        var customerOnB = await Should.ThrowAsync<StripeException>(() => new PaymentMethodService(client).AttachAsync(
            "pm_card_visa", new PaymentMethodAttachOptions { Customer = customer.Id }, new RequestOptions { StripeAccount = gymB.Id }, ct));

        (await new PaymentIntentService(client).GetAsync(payment.Id, requestOptions: onA, cancellationToken: ct)).Status.ShouldBe("succeeded");
        throughB.StripeError.Code.ShouldBe("resource_missing");
        onPlatform.StripeError.Code.ShouldBe("resource_missing");
        customerOnB.StripeError.Code.ShouldBe("resource_missing");
        (await new ChargeService(client).GetAsync(payment.LatestChargeId, requestOptions: onA, cancellationToken: ct)).Amount.ShouldBe(1200);
        fake.LastEvent("payment_intent.succeeded").ShouldNotBeNull().Account.ShouldBe(gymA.Id);
        EventUtility.ParseEvent(fake.LastEvent("payment_intent.succeeded")!.Json, throwOnApiVersionMismatch: false).Account.ShouldBe(gymA.Id);

        var link = await new AccountLinkService(client).CreateAsync(new AccountLinkCreateOptions
        {
            Account = gymA.Id, Type = "account_onboarding", RefreshUrl = "https://fitsaas.test/refresh", ReturnUrl = "https://fitsaas.test/return",
        }, cancellationToken: ct);
        link.Url.ShouldStartWith("https://connect.stripe.com/setup/s/");
        (link.ExpiresAt - link.Created).ShouldBe(TimeSpan.FromSeconds(300));
        (await Should.ThrowAsync<StripeException>(() => new AccountLinkService(client).CreateAsync(new AccountLinkCreateOptions
        {
            Account = "acct_nope", Type = "account_onboarding", RefreshUrl = "https://fitsaas.test/refresh", ReturnUrl = "https://fitsaas.test/return",
        }, cancellationToken: ct))).HttpStatusCode.ShouldBe(HttpStatusCode.NotFound);

        await fake.UpdateAccountAsync(gymA.Id, chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true, ct);
        var onboarded = await accounts.GetAsync(gymA.Id, cancellationToken: ct);
        onboarded.ChargesEnabled.ShouldBeTrue();
        onboarded.PayoutsEnabled.ShouldBeTrue();
        EventUtility.ParseEvent(fake.LastEvent("account.updated")!.Json, false).Data.Object.ShouldBeOfType<Account>().ChargesEnabled.ShouldBeTrue();
    }

    [Fact]
    public async Task AnIdempotencyKey_ReplaysTheFirstAnswer_AndRefusesOtherParameters()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        using var fake = new FakeStripe(StripeEmulator.ApiBase);
        var client = Client(fake);
        var invoiceId = Guid.NewGuid().ToString();
        var key = new RequestOptions { IdempotencyKey = $"charge:{invoiceId}:1" };
        PaymentIntentCreateOptions Charge(long amount) =>
            new() { Amount = amount, Currency = "eur", PaymentMethod = "pm_card_visa", Confirm = true, Metadata = new() { ["invoice_id"] = invoiceId } };

        var first = await new PaymentIntentService(client).CreateAsync(Charge(2000), key, ct);
        var replay = await new PaymentIntentService(client).CreateAsync(Charge(2000), key, ct);
        var other = await Should.ThrowAsync<StripeException>(() => new PaymentIntentService(client).CreateAsync(Charge(2100), key, ct));

        replay.Id.ShouldBe(first.Id);
        replay.StripeResponse.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        other.StripeError.Type.ShouldBe("idempotency_error");
        (await fake.ListEmulatorChargeIdsAsync(null, "invoice_id", invoiceId, ct)).Count.ShouldBe(1);
        fake.Events.Count(e => e.Type == "payment_intent.succeeded").ShouldBe(1);

        var concurrentKey = new RequestOptions { IdempotencyKey = $"charge:{invoiceId}:concurrent" };
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => new PaymentIntentService(client).CreateAsync(Charge(2000), concurrentKey, ct)));
        concurrent.Select(p => p.Id).Distinct().Count().ShouldBe(1, "requests racing with one key make one PaymentIntent");
        (await fake.ListEmulatorChargeIdsAsync(null, "invoice_id", invoiceId, ct)).Count.ShouldBe(2);

        var declinedKey = new RequestOptions { IdempotencyKey = $"charge:{invoiceId}:2" };
        var declineOptions = new PaymentIntentCreateOptions { Amount = 2000, Currency = "eur", PaymentMethod = "pm_card_chargeDeclined", Confirm = true };
        var declined = await Should.ThrowAsync<StripeException>(() => new PaymentIntentService(client).CreateAsync(declineOptions, declinedKey, ct));
        var declinedAgain = await Should.ThrowAsync<StripeException>(() => new PaymentIntentService(client).CreateAsync(declineOptions, declinedKey, ct));
        declinedAgain.StripeError.PaymentIntent.Id.ShouldBe(declined.StripeError.PaymentIntent.Id, "a stored 402 is replayed too");
    }

    [Fact]
    public async Task ATimeoutAfterTheEffect_RetriedWithTheSameKey_ChargesOnce_AndAServerErrorIsReplayed()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        using var fake = new FakeStripe(StripeEmulator.ApiBase);
        var client = Client(fake);
        var invoiceId = Guid.NewGuid().ToString();
        var key = new RequestOptions { IdempotencyKey = $"charge:{invoiceId}:1" };
        var options = new PaymentIntentCreateOptions { Amount = 2000, Currency = "eur", PaymentMethod = "pm_card_visa", Confirm = true, Metadata = new() { ["invoice_id"] = invoiceId } };

        fake.FailNext("POST", "/v1/payment_intents", FakeStripeFault.TimeoutAfterEffect);
        await Should.ThrowAsync<Exception>(() => new PaymentIntentService(client).CreateAsync(options, key, ct));
        var retried = await new PaymentIntentService(client).CreateAsync(options, key, ct);

        retried.Status.ShouldBe("succeeded");
        fake.CountRequests("POST", "/v1/payment_intents").ShouldBe(2);
        (await fake.ListEmulatorChargeIdsAsync(null, "invoice_id", invoiceId, ct)).ShouldBe([retried.LatestChargeId]);

        var serverErrorKey = new RequestOptions { IdempotencyKey = $"charge:{invoiceId}:2" };
        fake.FailNext("POST", "/v1/payment_intents", FakeStripeFault.ServerError);
        var error = await Should.ThrowAsync<StripeException>(() => new PaymentIntentService(client).CreateAsync(options, serverErrorKey, ct));
        var replayed = await Should.ThrowAsync<StripeException>(() => new PaymentIntentService(client).CreateAsync(options, serverErrorKey, ct));
        error.StripeError.Type.ShouldBe("api_error");
        replayed.HttpStatusCode.ShouldBe(HttpStatusCode.InternalServerError);

        fake.FailNext("POST", "/v1/payment_intents", FakeStripeFault.TimeoutBeforeEffect);
        await Should.ThrowAsync<Exception>(() => new PaymentIntentService(client).CreateAsync(options, new RequestOptions { IdempotencyKey = $"charge:{invoiceId}:3" }, ct));
        (await fake.ListEmulatorChargeIdsAsync(null, "invoice_id", invoiceId, ct)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task ARefund_OfAPaymentIntent_RefundsItsEmulatorCharge_NotMoreThanWhatIsLeft()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        using var fake = new FakeStripe(StripeEmulator.ApiBase);
        var client = Client(fake);
        var payment = await new PaymentIntentService(client).CreateAsync(
            new PaymentIntentCreateOptions { Amount = 5000, Currency = "eur", PaymentMethod = "pm_card_amex", Confirm = true }, cancellationToken: ct);
        var refunds = new RefundService(client);

        var partial = await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = payment.Id, Amount = 2000 }, new RequestOptions { IdempotencyKey = $"refund:{Guid.NewGuid()}" }, ct);
        var tooMuch = await Should.ThrowAsync<StripeException>(() => refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = payment.Id, Amount = 4000 }, cancellationToken: ct));
        var rest = await refunds.CreateAsync(new RefundCreateOptions { Charge = payment.LatestChargeId }, cancellationToken: ct);

        partial.PaymentIntentId.ShouldBe(payment.Id);
        partial.Amount.ShouldBe(2000);
        partial.Status.ShouldBe("succeeded");
        (await refunds.GetAsync(partial.Id, cancellationToken: ct)).PaymentIntentId.ShouldBe(payment.Id);
        tooMuch.StripeError.Type.ShouldBe("invalid_request_error");
        rest.Amount.ShouldBe(3000);
        var charge = await new ChargeService(client).GetAsync(payment.LatestChargeId, cancellationToken: ct);
        charge.AmountRefunded.ShouldBe(5000);
        fake.Events.Count(e => e.Type == "refund.created").ShouldBe(2);
        EventUtility.ParseEvent(fake.LastEvent("charge.refunded")!.Json, false).Data.Object.ShouldBeOfType<Charge>().PaymentIntentId.ShouldBe(payment.Id);

        var disputeId = fake.CreateDispute(payment.Id, 5000, "fraudulent");
        var dispute = EventUtility.ParseEvent(fake.LastEvent("charge.dispute.created")!.Json, false).Data.Object.ShouldBeOfType<Dispute>();
        dispute.Id.ShouldBe(disputeId);
        dispute.PaymentIntentId.ShouldBe(payment.Id);
        dispute.Status.ShouldBe("needs_response");
        fake.CloseDispute(disputeId, "lost");
        EventUtility.ParseEvent(fake.LastEvent("charge.dispute.closed")!.Json, false).Data.Object.ShouldBeOfType<Dispute>().Status.ShouldBe("lost");
        EveryEventParses(fake);
    }

    private static void EveryEventParses(FakeStripe fake)
    {
        foreach (var recorded in fake.Events)
        {
            var parsed = EventUtility.ParseEvent(recorded.Json, throwOnApiVersionMismatch: false);
            parsed.Id.ShouldBe(recorded.Id);
            parsed.Data.Object.ShouldNotBeNull($"{recorded.Type}'s object is one Stripe.net knows");
        }
    }

    /// <summary>The platform's client as FitSaaS builds it, its "Stripe" HttpClient's primary handler being the fake's.</summary>
    private static IStripeClient Client(FakeStripe fake)
    {
        var services = new ServiceCollection();
        services.AddHttpClient(StripeClientProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(fake.CreateHandler);
        var options = new StripeOptions { SecretKey = StripeEmulator.SecretKey, ApiBase = new Uri("http://stripe.fake"), MaxNetworkRetries = 0 };
        return new StripeClientProvider(Options.Create(options), services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>()).Client;
    }

    /// <summary>A webhook endpoint that keeps what it received.</summary>
    private sealed class Receiver : HttpMessageHandler
    {
        public string? Body { get; private set; }

        public string? Signature { get; private set; }

        public string? ContentType { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Body = await request.Content!.ReadAsStringAsync(cancellationToken);
            ContentType = request.Content.Headers.ContentType?.ToString();
            Signature = request.Headers.GetValues("Stripe-Signature").Single();
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }
}
