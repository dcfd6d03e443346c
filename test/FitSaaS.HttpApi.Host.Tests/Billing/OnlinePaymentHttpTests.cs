using System.Net.Http.Json;
using FitSaaS.Billing;
using FitSaaS.Framework.Application;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Billing;

/// <summary>
/// Members pay through Stripe over HTTP (fake Stripe in front of the local emulator): a card saved with a SetupIntent, an
/// invoice paid on-session and recorded once however often Stripe's event is delivered, 3-D Secure paid only when Stripe
/// says so, a declined card recording nothing, and a partial refund through Stripe.
/// </summary>
public sealed class OnlinePaymentHttpTests(StripeWebFixture fixture) : IClassFixture<StripeWebFixture>
{
    [Fact]
    public async Task AMemberSavesACard_PaysAnInvoiceOnce_AndStaffRefundsPartOfIt()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        using var admin = gym.Admin;
        using var member = gym.Member;
        var invoice = await SellAsync(admin, gym.MemberId, 6000);

        var setup = await PostAsync<SetupIntentDto>(member, "/api/billing/my-cards/setup-intent", new { });
        var saved = await PostAsync<SetupIntentDto>(member, $"/api/billing/my-cards/{setup.Id}/confirm-setup-intent", new { paymentMethodId = "pm_card_visa" });
        var cards = await ReadAsync<List<SavedCardDto>>(await member.GetAsync(Relative("/api/billing/my-cards")));
        var paid = await PostAsync<OnlinePaymentDto>(member, "/api/billing/online-payments", new { invoiceId = invoice.Id });
        var succeeded = fixture.Fake.LastEvent("payment_intent.succeeded").ShouldNotBeNull();
        using var client = fixture.CreateClient();
        var deliveries = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
            (await fixture.Fake.DeliverAsync(client, StripeWebhooks.Path, succeeded, StripeWebhooks.ConnectSecret)).StatusCode));
        var payments = await ReadAsync<PagedResultDto<PaymentDto>>(await admin.GetAsync(Relative($"/api/billing/payments?invoiceId={invoice.Id}")));
        var charges = await fixture.Fake.ListEmulatorChargeIdsAsync(gym.AccountId, "invoice_id", invoice.Id.ToString(), TestContext.Current.CancellationToken);
        await PostAsync<CreditNoteDto>(admin, $"/api/billing/payments/{paid.PaymentId}/refund", new { amount = 1500, reason = "Class cancelled" });
        var refunded = await ReadAsync<PaymentDto>(await admin.GetAsync(Relative($"/api/billing/payments/{paid.PaymentId}")));

        saved.ShouldSatisfyAllConditions(s => s.Status.ShouldBe("succeeded"), s => s.ClientSecret.ShouldBeNull());
        cards.ShouldHaveSingleItem().ShouldSatisfyAllConditions(c => c.IsDefault.ShouldBeTrue(), c => c.Last4.ShouldBe("4242"), c => c.Id.ShouldBe(saved.PaymentMethodId));
        paid.ShouldSatisfyAllConditions(p => p.Status.ShouldBe(OnlinePaymentStatus.Succeeded), p => p.PaymentId.ShouldNotBeNull(), p => p.Amount.ShouldBe(6000));
        deliveries.ShouldAllBe(status => status == System.Net.HttpStatusCode.OK);
        payments.Items.ShouldHaveSingleItem().ShouldSatisfyAllConditions(p => p.Provider.ShouldBe("stripe"), p => p.Amount.ShouldBe(6000));
        charges.Count.ShouldBe(1, "one charge at Stripe for the invoice");
        refunded.AmountRefunded.ShouldBe(1500);
    }

    [Fact]
    public async Task ACardNeeding3DSecure_RequiresAction_AndTheInvoiceIsPaidOnlyWhenStripeSaysSo()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        using var admin = gym.Admin;
        using var member = gym.Member;
        var invoice = await SellAsync(admin, gym.MemberId, 4000);

        var pending = await PostAsync<OnlinePaymentDto>(member, "/api/billing/online-payments", new { invoiceId = invoice.Id, paymentMethodId = "pm_card_threeDSecure2Required" });
        var before = await ReadAsync<InvoiceDto>(await member.GetAsync(Relative($"/api/billing/invoices/{invoice.Id}")));
        await fixture.Fake.CompleteAuthenticationAsync(pending.PaymentIntentId!, succeed: true, TestContext.Current.CancellationToken);
        using var client = fixture.CreateClient();
        var succeeded = fixture.Fake.Events.Last(e => e.Type == "payment_intent.succeeded" && e.Json.Contains(pending.PaymentIntentId!, StringComparison.Ordinal));
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => fixture.Fake.DeliverAsync(client, StripeWebhooks.Path, succeeded, StripeWebhooks.ConnectSecret)));
        var refreshed = await PostAsync<OnlinePaymentDto>(member, $"/api/billing/online-payments/{pending.Id}/refresh", new { });
        var after = await ReadAsync<InvoiceDto>(await member.GetAsync(Relative($"/api/billing/invoices/{invoice.Id}")));
        var payments = await ReadAsync<PagedResultDto<PaymentDto>>(await admin.GetAsync(Relative($"/api/billing/payments?invoiceId={invoice.Id}")));

        pending.ShouldSatisfyAllConditions(p => p.Status.ShouldBe(OnlinePaymentStatus.RequiresAction), p => p.ClientSecret.ShouldNotBeNullOrEmpty());
        before.Status.ShouldBe(InvoiceStatus.Open);
        refreshed.Status.ShouldBe(OnlinePaymentStatus.Succeeded);
        after.Status.ShouldBe(InvoiceStatus.Paid);
        payments.Items.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task ADeclinedCard_FailsTheAttemptAsAHardDecline_AndRecordsNoPayment()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        using var admin = gym.Admin;
        using var member = gym.Member;
        var invoice = await SellAsync(admin, gym.MemberId, 2500);

        var failed = await PostAsync<OnlinePaymentDto>(member, "/api/billing/online-payments", new { invoiceId = invoice.Id, paymentMethodId = "pm_card_chargeDeclinedLostCard" });
        var after = await ReadAsync<InvoiceDto>(await member.GetAsync(Relative($"/api/billing/invoices/{invoice.Id}")));
        using var offSessionByMember = await member.PostAsJsonAsync("/api/billing/online-payments", new { invoiceId = invoice.Id, offSession = true }, TestJson.Options);

        failed.ShouldSatisfyAllConditions(
            f => f.Status.ShouldBe(OnlinePaymentStatus.Failed), f => f.DeclineCode.ShouldBe("lost_card"), f => f.DeclineKind.ShouldBe(DeclineKind.Hard), f => f.PaymentId.ShouldBeNull());
        after.Status.ShouldBe(InvoiceStatus.Open);
        offSessionByMember.StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ADisputeAtStripe_IsRecordedOnce_AndShownToStaffOnly()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await ConnectedGymAsync();
        using var admin = gym.Admin;
        using var member = gym.Member;
        var invoice = await SellAsync(admin, gym.MemberId, 3000);
        var paid = await PostAsync<OnlinePaymentDto>(member, "/api/billing/online-payments", new { invoiceId = invoice.Id, paymentMethodId = "pm_card_visa" });

        var disputeId = fixture.Fake.CreateDispute(paid.PaymentIntentId!, 3000, "fraudulent");
        var created = fixture.Fake.LastEvent("charge.dispute.created").ShouldNotBeNull();
        using var client = fixture.CreateClient();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => fixture.Fake.DeliverAsync(client, StripeWebhooks.Path, created, StripeWebhooks.ConnectSecret)));
        fixture.Fake.CloseDispute(disputeId, "lost");
        (await fixture.Fake.DeliverAsync(client, StripeWebhooks.Path, fixture.Fake.LastEvent("charge.dispute.closed")!, StripeWebhooks.ConnectSecret)).EnsureSuccessStatusCode();
        var disputes = await ReadAsync<PagedResultDto<PaymentDisputeDto>>(await admin.GetAsync(Relative("/api/billing/disputes")));
        var open = await ReadAsync<PagedResultDto<PaymentDisputeDto>>(await admin.GetAsync(Relative("/api/billing/disputes?openOnly=true")));
        using var byMember = await member.GetAsync(Relative("/api/billing/disputes"));

        disputes.Items.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            d => d.DisputeId.ShouldBe(disputeId), d => d.PaymentId.ShouldBe(paid.PaymentId), d => d.Amount.ShouldBe(3000),
            d => d.Reason.ShouldBe("fraudulent"), d => d.Status.ShouldBe("lost"), d => d.ClosedAtUtc.ShouldNotBeNull());
        open.TotalCount.ShouldBe(0);
        byMember.StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
    }

    private async Task<(HttpClient Admin, HttpClient Member, Guid MemberId, string AccountId)> ConnectedGymAsync()
    {
        var tenant = await fixture.CreateTenantAsync();
        var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var accountId = await fixture.ConnectChargeableGymAsync(admin);
        var (memberId, member) = await fixture.RegisterMemberAsync(tenant.Name, $"m-{Guid.NewGuid():N}"[..20]);
        return (admin, member, memberId, accountId);
    }

    private static async Task<InvoiceDto> SellAsync(HttpClient admin, Guid memberId, long price)
    {
        var plan = await PostAsync<PlanDto>(admin, "/api/billing/plans", new { name = $"Pack {price}", kind = "ClassPack", price, credits = 5, validityDays = 30, activation = "OnPurchase" });
        return (await PostAsync<SellMembershipResultDto>(admin, "/api/billing/memberships", new { memberId, planId = plan.Id })).Invoice;
    }
}
