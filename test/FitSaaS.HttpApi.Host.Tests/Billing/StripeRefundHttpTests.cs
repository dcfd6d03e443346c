using System.Net;
using System.Net.Http.Json;
using FitSaaS.Billing;
using FitSaaS.Framework.Application;
using FitSaaS.Testing;
using FitSaaS.Testing.Stripe;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Billing;

/// <summary>
/// Refunds made in the gym's Stripe dashboard mirrored from <c>charge.refunded</c> over HTTP (fake Stripe in front of the
/// emulator): booked as a refund through FitSaaS is (payment, credit note, invoice credit), once however many events report
/// it; a refund FitSaaS made itself is not counted again. Staff charging a saved card through <c>POST /api/billing/payments</c>
/// with provider <c>stripe</c>: paid once, a decline refused with a code, a timeout after Stripe charged resumed with the
/// stored key.
/// </summary>
public sealed class StripeRefundHttpTests(StripeWebFixture fixture) : IClassFixture<StripeWebFixture>
{
    [Fact]
    public async Task PartialRefundsInTheDashboard_AreRecordedOnceEach_AsCreditNotes_WhateverEventsReportThem()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await PaidInvoiceAsync(6000);
        using var client = fixture.CreateClient();

        var first = await fixture.Fake.RefundInDashboardAsync(gym.AccountId, gym.PaymentIntentId, 1000, TestContext.Current.CancellationToken);
        var refunded = fixture.Fake.LastEvent("charge.refunded").ShouldNotBeNull();
        var created = fixture.Fake.LastEvent("refund.created").ShouldNotBeNull();
        var outcomes = new List<HttpStatusCode>();
        foreach (var e in new[] { refunded, created, refunded })
        {
            using var answer = await fixture.Fake.DeliverAsync(client, StripeWebhooks.Path, e, StripeWebhooks.ConnectSecret);
            outcomes.Add(answer.StatusCode);
        }

        var afterFirst = await ReadAsync<PaymentDto>(await gym.Admin.GetAsync(Relative($"/api/billing/payments/{gym.PaymentId}")));
        var second = await fixture.Fake.RefundInDashboardAsync(gym.AccountId, gym.PaymentIntentId, 500, TestContext.Current.CancellationToken);
        await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
            (await fixture.Fake.DeliverAsync(client, StripeWebhooks.Path, fixture.Fake.LastEvent("charge.refunded")!, StripeWebhooks.ConnectSecret)).Dispose()));
        // A late delivery of the first refund's event changes nothing: the charge's current state is read.
        (await fixture.Fake.DeliverAsync(client, StripeWebhooks.Path, created, StripeWebhooks.ConnectSecret)).Dispose();
        var payment = await ReadAsync<PaymentDto>(await gym.Admin.GetAsync(Relative($"/api/billing/payments/{gym.PaymentId}")));
        var invoice = await ReadAsync<InvoiceDto>(await gym.Admin.GetAsync(Relative($"/api/billing/invoices/{gym.InvoiceId}")));

        outcomes.ShouldAllBe(s => s == HttpStatusCode.OK);
        afterFirst.ShouldSatisfyAllConditions(p => p.AmountRefunded.ShouldBe(1000), p => p.Refunds.ShouldHaveSingleItem().ProviderReference.ShouldBe(first));
        payment.ShouldSatisfyAllConditions(
            p => p.AmountRefunded.ShouldBe(1500), p => p.Status.ShouldBe(PaymentStatus.PartiallyRefunded),
            p => p.Refunds.Select(r => r.ProviderReference).ShouldBe([first, second], ignoreOrder: true),
            p => p.Refunds.ShouldAllBe(r => r.Reason.StartsWith("Refunded in Stripe", StringComparison.Ordinal)),
            p => p.Refunds.Select(r => r.CreditNoteId).Distinct().Count().ShouldBe(2));
        invoice.AmountCredited.ShouldBe(1500, "each refund credits the invoice, as a refund through FitSaaS does");
    }

    [Fact]
    public async Task ARefundThroughFitSaaS_IsNotCountedAgain_WhenItsChargeRefundedArrives_AndAFullDashboardRefundCompletesIt()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await PaidInvoiceAsync(4000);
        using var client = fixture.CreateClient();

        var creditNote = await PostAsync<CreditNoteDto>(gym.Admin, $"/api/billing/payments/{gym.PaymentId}/refund", new { amount = 1500, reason = "Class cancelled" });
        var own = fixture.Fake.LastEvent("charge.refunded").ShouldNotBeNull();
        (await fixture.Fake.DeliverAsync(client, StripeWebhooks.Path, own, StripeWebhooks.ConnectSecret)).EnsureSuccessStatusCode();
        (await fixture.Fake.DeliverAsync(client, StripeWebhooks.Path, fixture.Fake.LastEvent("refund.created")!, StripeWebhooks.ConnectSecret)).EnsureSuccessStatusCode();
        var afterOwn = await ReadAsync<PaymentDto>(await gym.Admin.GetAsync(Relative($"/api/billing/payments/{gym.PaymentId}")));
        await fixture.Fake.RefundInDashboardAsync(gym.AccountId, gym.PaymentIntentId, null, TestContext.Current.CancellationToken);
        (await fixture.Fake.DeliverAsync(client, StripeWebhooks.Path, fixture.Fake.LastEvent("charge.refunded")!, StripeWebhooks.ConnectSecret)).EnsureSuccessStatusCode();
        (await fixture.Fake.DeliverAsync(client, StripeWebhooks.Path, own, StripeWebhooks.ConnectSecret)).EnsureSuccessStatusCode();
        var payment = await ReadAsync<PaymentDto>(await gym.Admin.GetAsync(Relative($"/api/billing/payments/{gym.PaymentId}")));

        afterOwn.ShouldSatisfyAllConditions(
            p => p.AmountRefunded.ShouldBe(1500), p => p.Refunds.ShouldHaveSingleItem().CreditNoteId.ShouldBe(creditNote.Id),
            p => p.Refunds[0].ProviderReference.ShouldStartWith("re_"));
        payment.ShouldSatisfyAllConditions(p => p.AmountRefunded.ShouldBe(4000), p => p.Status.ShouldBe(PaymentStatus.Refunded), p => p.Refunds.Count.ShouldBe(2));
        payment.Refunds.Single(r => r.CreditNoteId != creditNote.Id).Amount.ShouldBe(2500);
    }

    [Fact]
    public async Task StaffChargeASavedCard_ThroughThePaymentsApi_AndTheInvoiceIsPaidOnce()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await GymWithCardAsync("pm_card_visa", 5000);

        var paid = await PostAsync<PaymentDto>(gym.Admin, "/api/billing/payments", new { invoiceId = gym.InvoiceId, amount = 5000, provider = "stripe" });
        using var again = await gym.Admin.PostAsJsonAsync("/api/billing/payments", new { invoiceId = gym.InvoiceId, amount = 5000, provider = "stripe" }, TestJson.Options);
        var invoice = await ReadAsync<InvoiceDto>(await gym.Admin.GetAsync(Relative($"/api/billing/invoices/{gym.InvoiceId}")));
        var attempts = await ReadAsync<List<OnlinePaymentDto>>(await gym.Admin.GetAsync(Relative($"/api/billing/online-payments?invoiceId={gym.InvoiceId}")));
        var charges = await fixture.Fake.ListEmulatorChargeIdsAsync(gym.AccountId, "invoice_id", gym.InvoiceId.ToString(), TestContext.Current.CancellationToken);

        paid.ShouldSatisfyAllConditions(p => p.Provider.ShouldBe("stripe"), p => p.Amount.ShouldBe(5000), p => p.Method.ShouldBe(PaymentMethod.Card));
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(again)).GetProperty("code").GetString().ShouldBe(BillingErrorCodes.InvalidInvoiceStatus);
        invoice.Status.ShouldBe(InvoiceStatus.Paid);
        attempts.ShouldHaveSingleItem().ShouldSatisfyAllConditions(a => a.OffSession.ShouldBeTrue(), a => a.PaymentId.ShouldBe(paid.Id));
        charges.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ADeclinedSavedCard_IsAProblemWithACode_AndNothingIsPaid()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await GymWithCardAsync("pm_card_chargeCustomerFail", 3000);

        using var declined = await gym.Admin.PostAsJsonAsync("/api/billing/payments", new { invoiceId = gym.InvoiceId, amount = 3000, provider = "stripe" }, TestJson.Options);
        var problem = await ProblemAsync(declined);
        var invoice = await ReadAsync<InvoiceDto>(await gym.Admin.GetAsync(Relative($"/api/billing/invoices/{gym.InvoiceId}")));
        var payments = await ReadAsync<PagedResultDto<PaymentDto>>(await gym.Admin.GetAsync(Relative($"/api/billing/payments?invoiceId={gym.InvoiceId}")));

        declined.StatusCode.ShouldBe(HttpStatusCode.PaymentRequired);
        problem.GetProperty("code").GetString().ShouldBe(BillingErrorCodes.PaymentFailed);
        invoice.ShouldSatisfyAllConditions(i => i.Status.ShouldBe(InvoiceStatus.Open), i => i.AmountPaid.ShouldBe(0));
        payments.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task ATimeoutAfterStripeCharged_IsRetried_AndChargesOnce()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await GymWithCardAsync("pm_card_visa", 2000);
        fixture.Fake.FailNext("POST", "/v1/payment_intents", FakeStripeFault.TimeoutAfterEffect);

        using var timedOut = await gym.Admin.PostAsJsonAsync("/api/billing/payments", new { invoiceId = gym.InvoiceId, amount = 2000, provider = "stripe" }, TestJson.Options);
        var problem = await ProblemAsync(timedOut);
        var open = await ReadAsync<InvoiceDto>(await gym.Admin.GetAsync(Relative($"/api/billing/invoices/{gym.InvoiceId}")));
        var retried = await PostAsync<PaymentDto>(gym.Admin, "/api/billing/payments", new { invoiceId = gym.InvoiceId, amount = 2000, provider = "stripe" });
        var charges = await fixture.Fake.ListEmulatorChargeIdsAsync(gym.AccountId, "invoice_id", gym.InvoiceId.ToString(), TestContext.Current.CancellationToken);
        var payments = await ReadAsync<PagedResultDto<PaymentDto>>(await gym.Admin.GetAsync(Relative($"/api/billing/payments?invoiceId={gym.InvoiceId}")));

        timedOut.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("code").GetString().ShouldBe(BillingErrorCodes.StripeUnavailable);
        open.Status.ShouldBe(InvoiceStatus.Open);
        retried.Amount.ShouldBe(2000);
        charges.Count.ShouldBe(1, "the retry replayed the first charge by the stored idempotency key");
        payments.Items.ShouldHaveSingleItem().Id.ShouldBe(retried.Id);
    }

    private async Task<(HttpClient Admin, string AccountId, Guid InvoiceId)> GymWithCardAsync(string card, long price)
    {
        var tenant = await fixture.CreateTenantAsync();
        var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var accountId = await fixture.ConnectChargeableGymAsync(admin);
        var (memberId, memberClient) = await fixture.RegisterMemberAsync(tenant.Name, $"m-{Guid.NewGuid():N}"[..20]);
        using var member = memberClient;
        var setup = await PostAsync<SetupIntentDto>(member, "/api/billing/my-cards/setup-intent", new { });
        (await PostAsync<SetupIntentDto>(member, $"/api/billing/my-cards/{setup.Id}/confirm-setup-intent", new { paymentMethodId = card })).Status.ShouldBe("succeeded");
        var plan = await PostAsync<PlanDto>(admin, "/api/billing/plans", new { name = $"Pack {price}", kind = "ClassPack", price, credits = 5, validityDays = 30, activation = "OnPurchase" });
        var invoice = (await PostAsync<SellMembershipResultDto>(admin, "/api/billing/memberships", new { memberId, planId = plan.Id })).Invoice;
        return (admin, accountId, invoice.Id);
    }

    private async Task<(HttpClient Admin, string AccountId, Guid InvoiceId, Guid PaymentId, string PaymentIntentId)> PaidInvoiceAsync(long price)
    {
        var tenant = await fixture.CreateTenantAsync();
        var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var accountId = await fixture.ConnectChargeableGymAsync(admin);
        var (memberId, memberClient) = await fixture.RegisterMemberAsync(tenant.Name, $"m-{Guid.NewGuid():N}"[..20]);
        using var member = memberClient;
        var plan = await PostAsync<PlanDto>(admin, "/api/billing/plans", new { name = $"Pack {price}", kind = "ClassPack", price, credits = 5, validityDays = 30, activation = "OnPurchase" });
        var invoice = (await PostAsync<SellMembershipResultDto>(admin, "/api/billing/memberships", new { memberId, planId = plan.Id })).Invoice;
        var paid = await PostAsync<OnlinePaymentDto>(member, "/api/billing/online-payments", new { invoiceId = invoice.Id, paymentMethodId = "pm_card_visa" });
        paid.Status.ShouldBe(OnlinePaymentStatus.Succeeded);
        return (admin, accountId, invoice.Id, paid.PaymentId!.Value, paid.PaymentIntentId!);
    }
}
