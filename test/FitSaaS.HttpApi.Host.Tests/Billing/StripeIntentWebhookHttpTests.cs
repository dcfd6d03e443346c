using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FitSaaS.Billing;
using FitSaaS.Billing.Stripe;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Testing;
using FitSaaS.Testing.Stripe;
using Microsoft.Extensions.DependencyInjection;
using Stripe;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Billing;

/// <summary>
/// Issue 16 §4: the signed <c>setup_intent.*</c> and <c>payment_intent.*</c> webhooks of a gym's account (fake Stripe in
/// front of the local emulator) — a card setup refused or needing 3-D Secure is recorded and shown to the member, a failed
/// or pending payment leaves the invoice open and the pay-to-book hold unconfirmed, each event applied once (a replay is a
/// <c>Duplicate</c> 200), and the final state follows the intent's current state at Stripe whatever the delivery order,
/// also when the event comes before the API call that caused it recorded Stripe's answer.
/// </summary>
public sealed class StripeIntentWebhookHttpTests(StripeWebFixture fixture) : IClassFixture<StripeWebFixture>
{
    [Fact]
    public async Task ACardSetupNeeding3DSecure_StaysPendingWithItsClientSecret_ThenItsFailedAuthentication_IsRecordedFailed_NoCardSaved()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        using var admin = gym.Admin;
        using var member = gym.Member;
        using var client = fixture.CreateClient();

        var setup = await PostAsync<SetupIntentDto>(member, "/api/billing/my-cards/setup-intent", new { });
        var confirmed = await PostAsync<SetupIntentDto>(member, $"/api/billing/my-cards/{setup.Id}/confirm-setup-intent", new { paymentMethodId = "pm_card_authenticationRequiredOnSetup" });
        var requiresAction = LastEventOf("setup_intent.requires_action", setup.Id);
        var actionOutcomes = (await DeliverAsync(client, requiresAction), await DeliverAsync(client, requiresAction));
        var pending = await ReadAsync<CardSetupDto>(await member.GetAsync(Relative($"/api/billing/my-cards/setup-intents/{setup.Id}")));
        await fixture.Fake.CompleteAuthenticationAsync(setup.Id, succeed: false, TestContext.Current.CancellationToken);
        var setupFailed = LastEventOf("setup_intent.setup_failed", setup.Id);
        var failedOutcomes = (await DeliverAsync(client, setupFailed), await DeliverAsync(client, setupFailed));
        var failed = await ReadAsync<CardSetupDto>(await member.GetAsync(Relative($"/api/billing/my-cards/setup-intents/{setup.Id}")));
        var list = await ReadAsync<List<CardSetupDto>>(await member.GetAsync(Relative("/api/billing/my-cards/setup-intents")));
        var cards = await ReadAsync<List<SavedCardDto>>(await member.GetAsync(Relative("/api/billing/my-cards")));
        var (_, otherMember) = await fixture.RegisterMemberAsync(gym.TenantName, $"o-{Guid.NewGuid():N}"[..20]);
        using var other = otherMember;
        using var byOther = await other.GetAsync(Relative($"/api/billing/my-cards/setup-intents/{setup.Id}"));

        confirmed.ShouldSatisfyAllConditions(c => c.Status.ShouldBe("requires_action"), c => c.ClientSecret.ShouldNotBeNullOrEmpty());
        actionOutcomes.ShouldBe(("Applied", "Duplicate"));
        pending.ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(CardSetupStatus.RequiresAction), p => p.ClientSecret.ShouldBe(confirmed.ClientSecret),
            p => p.FailureCode.ShouldBeNull(), p => p.PaymentMethodId.ShouldBeNull());
        failedOutcomes.ShouldBe(("Applied", "Duplicate"));
        failed.ShouldSatisfyAllConditions(
            f => f.Status.ShouldBe(CardSetupStatus.Failed), f => f.FailureCode.ShouldBe("setup_intent_authentication_failure"),
            f => f.FailureMessage.ShouldNotBeNullOrWhiteSpace(), f => f.PaymentMethodId.ShouldBeNull(),
            f => f.ClientSecret.ShouldBe(confirmed.ClientSecret, "the app may try another card on the same setup"));
        list.ShouldHaveSingleItem().ShouldSatisfyAllConditions(s => s.Id.ShouldBe(setup.Id), s => s.Status.ShouldBe(CardSetupStatus.Failed), s => s.ClientSecret.ShouldBeNull());
        cards.ShouldBeEmpty();
        byOther.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ProblemAsync(byOther)).GetProperty("code").GetString().ShouldBe(BillingErrorCodes.PaymentMethodNotFound);
    }

    [Fact]
    public async Task ASetupFailedWebhook_ArrivingBeforeTheApiRecordedTheSetup_RecordsItFailed_WithTheDeclineCode()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        using var admin = gym.Admin;
        using var member = gym.Member;
        using var client = fixture.CreateClient();
        var first = await PostAsync<SetupIntentDto>(member, "/api/billing/my-cards/setup-intent", new { }); // makes the member a customer

        fixture.Fake.FailNext("POST", "/v1/setup_intents", FakeStripeFault.TimeoutAfterEffect);
        using var timedOut = await member.PostAsJsonAsync("/api/billing/my-cards/setup-intent", new { }, TestJson.Options);
        var created = fixture.Fake.Events.Last(e => e.Type == "setup_intent.created" && e.Account == gym.AccountId);
        var setupId = JsonNode.Parse(created.Json)!["data"]!["object"]!["id"]!.GetValue<string>();
        var unknownBefore = await member.GetAsync(Relative($"/api/billing/my-cards/setup-intents/{setupId}"));
        var declined = await Should.ThrowAsync<StripeException>(() => new SetupIntentService(Stripe).ConfirmAsync(
            setupId, new SetupIntentConfirmOptions { PaymentMethod = "pm_card_chargeDeclinedInsufficientFunds" }, StripeCustomerManager.OnAccount(gym.AccountId), TestContext.Current.CancellationToken));
        var outcome = await DeliverAsync(client, LastEventOf("setup_intent.setup_failed", setupId));
        var failed = await ReadAsync<CardSetupDto>(await member.GetAsync(Relative($"/api/billing/my-cards/setup-intents/{setupId}")));
        var list = await ReadAsync<List<CardSetupDto>>(await member.GetAsync(Relative("/api/billing/my-cards/setup-intents")));

        timedOut.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        unknownBefore.StatusCode.ShouldBe(HttpStatusCode.NotFound, "the API recorded nothing of it");
        unknownBefore.Dispose();
        declined.StripeError.Type.ShouldBe("card_error");
        outcome.ShouldBe("Applied");
        failed.ShouldSatisfyAllConditions(
            f => f.Status.ShouldBe(CardSetupStatus.Failed), f => f.FailureCode.ShouldBe("insufficient_funds"), f => f.FailureMessage.ShouldNotBeNullOrWhiteSpace());
        list.Select(s => s.Id).ShouldBe([setupId, first.Id], ignoreOrder: true);
        (await ReadAsync<List<SavedCardDto>>(await member.GetAsync(Relative("/api/billing/my-cards")))).ShouldBeEmpty();
    }

    [Fact]
    public async Task ASetupSucceededDeliveredBeforeItsRequiresAction_StaysSucceeded_AndSavesTheCardOnce()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        using var admin = gym.Admin;
        using var member = gym.Member;
        using var client = fixture.CreateClient();

        var setup = await PostAsync<SetupIntentDto>(member, "/api/billing/my-cards/setup-intent", new { });
        await PostAsync<SetupIntentDto>(member, $"/api/billing/my-cards/{setup.Id}/confirm-setup-intent", new { paymentMethodId = "pm_card_authenticationRequiredOnSetup" });
        var requiresAction = LastEventOf("setup_intent.requires_action", setup.Id);
        await fixture.Fake.CompleteAuthenticationAsync(setup.Id, succeed: true, TestContext.Current.CancellationToken);
        var succeeded = LastEventOf("setup_intent.succeeded", setup.Id);
        var outcomes = new[] { await DeliverAsync(client, succeeded), await DeliverAsync(client, requiresAction), await DeliverAsync(client, succeeded) };
        var saved = await ReadAsync<CardSetupDto>(await member.GetAsync(Relative($"/api/billing/my-cards/setup-intents/{setup.Id}")));
        var cards = await ReadAsync<List<SavedCardDto>>(await member.GetAsync(Relative("/api/billing/my-cards")));

        outcomes.ShouldBe(["Applied", "Applied", "Duplicate"]);
        saved.ShouldSatisfyAllConditions(s => s.Status.ShouldBe(CardSetupStatus.Succeeded), s => s.PaymentMethodId.ShouldStartWith("pm_"), s => s.ClientSecret.ShouldBeNull());
        cards.ShouldHaveSingleItem().ShouldSatisfyAllConditions(c => c.Id.ShouldBe(saved.PaymentMethodId), c => c.IsDefault.ShouldBeTrue());
    }

    [Fact]
    public async Task RequiresActionThenPaymentFailedWebhooks_KeepTheInvoiceOpen_RecordTheFailure_AndReplaysAreDuplicates()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        using var admin = gym.Admin;
        using var member = gym.Member;
        using var client = fixture.CreateClient();
        var invoice = await SellAsync(admin, gym.MemberId, 4500);

        var pending = await PostAsync<OnlinePaymentDto>(member, "/api/billing/online-payments", new { invoiceId = invoice.Id, paymentMethodId = "pm_card_threeDSecure2Required" });
        var requiresAction = LastEventOf("payment_intent.requires_action", pending.PaymentIntentId!);
        var actionOutcomes = (await DeliverAsync(client, requiresAction), await DeliverAsync(client, requiresAction));
        var afterAction = await ReadAsync<OnlinePaymentDto>(await member.GetAsync(Relative($"/api/billing/online-payments/{pending.Id}")));
        var openAfterAction = await ReadAsync<InvoiceDto>(await admin.GetAsync(Relative($"/api/billing/invoices/{invoice.Id}")));
        await fixture.Fake.CompleteAuthenticationAsync(pending.PaymentIntentId!, succeed: false, TestContext.Current.CancellationToken);
        var paymentFailed = LastEventOf("payment_intent.payment_failed", pending.PaymentIntentId!);
        var failedOutcomes = (await DeliverAsync(client, paymentFailed), await DeliverAsync(client, paymentFailed));
        var failed = await ReadAsync<OnlinePaymentDto>(await member.GetAsync(Relative($"/api/billing/online-payments/{pending.Id}")));
        var openAfterFailure = await ReadAsync<InvoiceDto>(await admin.GetAsync(Relative($"/api/billing/invoices/{invoice.Id}")));
        var payments = await ReadAsync<PagedResultDto<PaymentDto>>(await admin.GetAsync(Relative($"/api/billing/payments?invoiceId={invoice.Id}")));

        pending.Status.ShouldBe(OnlinePaymentStatus.RequiresAction);
        actionOutcomes.ShouldBe(("Applied", "Duplicate"));
        afterAction.ShouldSatisfyAllConditions(p => p.Status.ShouldBe(OnlinePaymentStatus.RequiresAction), p => p.PaymentId.ShouldBeNull());
        openAfterAction.ShouldSatisfyAllConditions(i => i.Status.ShouldBe(InvoiceStatus.Open), i => i.AmountPaid.ShouldBe(0));
        failedOutcomes.ShouldBe(("Applied", "Duplicate"));
        failed.ShouldSatisfyAllConditions(
            p => p.Status.ShouldBe(OnlinePaymentStatus.Failed), p => p.FailureCode.ShouldBe("payment_intent_authentication_failure"),
            p => p.PaymentId.ShouldBeNull(), p => p.CompletedAtUtc.ShouldNotBeNull());
        openAfterFailure.ShouldSatisfyAllConditions(i => i.Status.ShouldBe(InvoiceStatus.Open), i => i.AmountPaid.ShouldBe(0));
        payments.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task APayToBookPaymentThatFails_LeavesTheHoldPending_AndItsReplayChangesNothing()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        using var admin = gym.Admin;
        using var member = gym.Member;
        using var client = fixture.CreateClient();
        var session = await CreateSessionAsync(admin, 1, StartsIn(2 * 24 * 60));
        var pack = await PostAsync<PlanDto>(admin, "/api/billing/plans", new { name = "5 classes", kind = "ClassPack", price = 6000, credits = 5, validityDays = 60, activation = "OnPurchase" });

        var bought = await PostAsync<PayToBookResultDto>(member, "/api/billing/pay-to-book", new { classSessionId = session.Id, planId = pack.Id, paymentMethodId = "pm_card_threeDSecure2Required" });
        var requiresAction = LastEventOf("payment_intent.requires_action", bought.Payment.PaymentIntentId!);
        await fixture.Fake.CompleteAuthenticationAsync(bought.Payment.PaymentIntentId!, succeed: false, TestContext.Current.CancellationToken);
        var paymentFailed = LastEventOf("payment_intent.payment_failed", bought.Payment.PaymentIntentId!);
        var outcomes = new[] { await DeliverAsync(client, paymentFailed), await DeliverAsync(client, requiresAction), await DeliverAsync(client, paymentFailed) };
        var roster = await ReadAsync<PagedResultDto<BookingDto>>(await admin.GetAsync(Relative($"/api/bookings/bookings?classSessionId={session.Id}&maxResultCount=50")));
        var payment = await ReadAsync<OnlinePaymentDto>(await member.GetAsync(Relative($"/api/billing/online-payments/{bought.Payment.Id}")));
        var invoice = await ReadAsync<InvoiceDto>(await admin.GetAsync(Relative($"/api/billing/invoices/{bought.InvoiceId}")));

        bought.BookingStatus.ShouldBe(BookingStatus.Pending);
        outcomes.ShouldBe(["Applied", "Applied", "Duplicate"]);
        roster.Items.ShouldHaveSingleItem().ShouldSatisfyAllConditions(b => b.Id.ShouldBe(bought.BookingId), b => b.Status.ShouldBe(BookingStatus.Pending));
        payment.ShouldSatisfyAllConditions(p => p.Status.ShouldBe(OnlinePaymentStatus.Failed), p => p.PaymentId.ShouldBeNull());
        invoice.Status.ShouldBe(InvoiceStatus.Open);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task APaymentThatFailsThenSucceedsWithAnotherCard_EndsPaidOnce_WhateverTheOrderItsEventsArrive(bool staleEventsLast)
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        using var admin = gym.Admin;
        using var member = gym.Member;
        using var client = fixture.CreateClient();
        var invoice = await SellAsync(admin, gym.MemberId, 3300);

        var pending = await PostAsync<OnlinePaymentDto>(member, "/api/billing/online-payments", new { invoiceId = invoice.Id, paymentMethodId = "pm_card_threeDSecure2Required" });
        var intentId = pending.PaymentIntentId!;
        var requiresAction = LastEventOf("payment_intent.requires_action", intentId);
        await fixture.Fake.CompleteAuthenticationAsync(intentId, succeed: false, TestContext.Current.CancellationToken);
        var paymentFailed = LastEventOf("payment_intent.payment_failed", intentId);
        var outcomes = new List<string>();
        OnlinePaymentDto? failedMeanwhile = null;
        if (!staleEventsLast)
        {
            // In order: the failure is applied while it is Stripe's current state.
            outcomes.Add(await DeliverAsync(client, requiresAction));
            outcomes.Add(await DeliverAsync(client, paymentFailed));
            failedMeanwhile = await ReadAsync<OnlinePaymentDto>(await member.GetAsync(Relative($"/api/billing/online-payments/{pending.Id}")));
        }

        // The member's app confirms the same PaymentIntent with another card (Stripe.js), not through FitSaaS.
        var retried = await new PaymentIntentService(Stripe).ConfirmAsync(
            intentId, new PaymentIntentConfirmOptions { PaymentMethod = "pm_card_visa" }, StripeCustomerManager.OnAccount(gym.AccountId), TestContext.Current.CancellationToken);
        var succeeded = LastEventOf("payment_intent.succeeded", intentId);
        outcomes.Add(await DeliverAsync(client, succeeded));
        if (staleEventsLast)
        {
            // Out of order: the older failure and requires_action come after the success.
            outcomes.Add(await DeliverAsync(client, paymentFailed));
            outcomes.Add(await DeliverAsync(client, requiresAction));
        }

        outcomes.Add(await DeliverAsync(client, succeeded));
        var final = await ReadAsync<OnlinePaymentDto>(await member.GetAsync(Relative($"/api/billing/online-payments/{pending.Id}")));
        var paid = await ReadAsync<InvoiceDto>(await admin.GetAsync(Relative($"/api/billing/invoices/{invoice.Id}")));
        var payments = await ReadAsync<PagedResultDto<PaymentDto>>(await admin.GetAsync(Relative($"/api/billing/payments?invoiceId={invoice.Id}")));
        var charges = await fixture.Fake.ListEmulatorChargeIdsAsync(gym.AccountId, "invoice_id", invoice.Id.ToString(), TestContext.Current.CancellationToken);

        retried.Status.ShouldBe("succeeded");
        failedMeanwhile?.Status.ShouldBe(OnlinePaymentStatus.Failed);
        outcomes.ShouldBe(["Applied", "Applied", "Applied", "Duplicate"]);
        final.ShouldSatisfyAllConditions(p => p.Status.ShouldBe(OnlinePaymentStatus.Succeeded), p => p.PaymentId.ShouldNotBeNull());
        paid.ShouldSatisfyAllConditions(i => i.Status.ShouldBe(InvoiceStatus.Paid), i => i.AmountPaid.ShouldBe(3300));
        payments.Items.ShouldHaveSingleItem().ShouldSatisfyAllConditions(p => p.Id.ShouldBe(final.PaymentId!.Value), p => p.Amount.ShouldBe(3300));
        charges.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ASucceededWebhook_ArrivingBeforeTheApiRecordedStripesAnswer_PaysTheInvoiceOnce_AndTheRetriedCallFindsNothingDue()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        using var admin = gym.Admin;
        using var member = gym.Member;
        using var client = fixture.CreateClient();
        var invoice = await SellAsync(admin, gym.MemberId, 2700);

        fixture.Fake.FailNext("POST", "/v1/payment_intents", FakeStripeFault.TimeoutAfterEffect);
        using var timedOut = await member.PostAsJsonAsync("/api/billing/online-payments", new { invoiceId = invoice.Id, paymentMethodId = "pm_card_visa" }, TestJson.Options);
        var openMeanwhile = await ReadAsync<InvoiceDto>(await admin.GetAsync(Relative($"/api/billing/invoices/{invoice.Id}")));
        var succeeded = fixture.Fake.Events.Last(e => e.Type == "payment_intent.succeeded" && e.Json.Contains(invoice.Id.ToString(), StringComparison.Ordinal));
        var outcomes = (await DeliverAsync(client, succeeded), await DeliverAsync(client, succeeded));
        var paid = await ReadAsync<InvoiceDto>(await admin.GetAsync(Relative($"/api/billing/invoices/{invoice.Id}")));
        using var retried = await member.PostAsJsonAsync("/api/billing/online-payments", new { invoiceId = invoice.Id, paymentMethodId = "pm_card_visa" }, TestJson.Options);
        var payments = await ReadAsync<PagedResultDto<PaymentDto>>(await admin.GetAsync(Relative($"/api/billing/payments?invoiceId={invoice.Id}")));
        var charges = await fixture.Fake.ListEmulatorChargeIdsAsync(gym.AccountId, "invoice_id", invoice.Id.ToString(), TestContext.Current.CancellationToken);

        timedOut.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        openMeanwhile.Status.ShouldBe(InvoiceStatus.Open);
        outcomes.ShouldBe(("Applied", "Duplicate"));
        paid.ShouldSatisfyAllConditions(i => i.Status.ShouldBe(InvoiceStatus.Paid), i => i.AmountPaid.ShouldBe(2700));
        retried.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(retried)).GetProperty("code").GetString().ShouldBe(BillingErrorCodes.InvalidInvoiceStatus);
        payments.Items.ShouldHaveSingleItem().Amount.ShouldBe(2700);
        charges.Count.ShouldBe(1);
    }

    private IStripeClient Stripe => fixture.Services.GetRequiredService<StripeClientProvider>().Client;

    private FakeStripeEvent LastEventOf(string type, string objectId) =>
        fixture.Fake.Events.Last(e => e.Type == type && e.Json.Contains($"\"{objectId}\"", StringComparison.Ordinal));

    private static Task<string> DeliverAsync(HttpClient client, FakeStripeEvent stripeEvent) => StripeWebhooks.DeliverSignedAsync(client, stripeEvent.Json);

    private async Task<(HttpClient Admin, HttpClient Member, Guid MemberId, string AccountId, string TenantName)> ConnectedGymAsync()
    {
        var tenant = await fixture.CreateTenantAsync();
        var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var accountId = await fixture.ConnectChargeableGymAsync(admin);
        var (memberId, member) = await fixture.RegisterMemberAsync(tenant.Name, $"m-{Guid.NewGuid():N}"[..20]);
        return (admin, member, memberId, accountId, tenant.Name);
    }

    private static async Task<InvoiceDto> SellAsync(HttpClient admin, Guid memberId, long price)
    {
        var plan = await PostAsync<PlanDto>(admin, "/api/billing/plans", new { name = $"Pack {price}", kind = "ClassPack", price, credits = 5, validityDays = 30, activation = "OnPurchase" });
        return (await PostAsync<SellMembershipResultDto>(admin, "/api/billing/memberships", new { memberId, planId = plan.Id })).Invoice;
    }
}
