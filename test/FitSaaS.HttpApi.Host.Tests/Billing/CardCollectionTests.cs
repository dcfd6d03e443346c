using System.Net.Http.Json;
using FitSaaS.Billing;
using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using FitSaaS.Testing.Stripe;
using Microsoft.Extensions.DependencyInjection;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Billing;

/// <summary>
/// Renewals charged off-session from saved cards, with dunning, against the fake Stripe and the local emulator: one charge
/// when the job runs twice at once or when Stripe times out after charging (the retry reuses the stored key); soft declines
/// retried after 1, 3, 5 and 7 days with a reminder the day before, then the membership in debt (or cancelled, by the
/// tenant's <c>Billing.DunningFinalAction</c>); a hard decline stops.
/// </summary>
public sealed class CardCollectionTests(StripeWebFixture fixture) : IClassFixture<StripeWebFixture>
{
    [Fact]
    public async Task ARenewal_IsChargedOffSessionOnce_WhenTheJobRunsTwiceAtOnce()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await RenewedMembershipAsync("pm_card_visa");

        var runs = await Task.WhenAll(RunAsync(gym.TenantId, DateTime.UtcNow), RunAsync(gym.TenantId, DateTime.UtcNow));
        var invoice = await ReadAsync<InvoiceDto>(await gym.Admin.GetAsync(Relative($"/api/billing/invoices/{gym.RenewalId}")));
        var charges = await fixture.Fake.ListEmulatorChargeIdsAsync(gym.AccountId, "invoice_id", gym.RenewalId.ToString(), TestContext.Current.CancellationToken);

        runs.Sum().ShouldBe(1);
        invoice.Status.ShouldBe(InvoiceStatus.Paid);
        charges.Count.ShouldBe(1);
        (await CollectionAsync(gym.TenantId, gym.RenewalId)).Status.ShouldBe(CardCollectionStatus.Closed);
    }

    [Fact]
    public async Task AStripeTimeoutAfterTheCharge_IsResumedWithTheStoredKey_AndChargesOnce()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await RenewedMembershipAsync("pm_card_visa");
        fixture.Fake.FailNext("POST", "/v1/payment_intents", FakeStripeFault.TimeoutAfterEffect);

        var first = await RunAsync(gym.TenantId, DateTime.UtcNow);
        var open = await ReadAsync<InvoiceDto>(await gym.Admin.GetAsync(Relative($"/api/billing/invoices/{gym.RenewalId}")));
        var second = await RunAsync(gym.TenantId, DateTime.UtcNow);
        var paid = await ReadAsync<InvoiceDto>(await gym.Admin.GetAsync(Relative($"/api/billing/invoices/{gym.RenewalId}")));
        var charges = await fixture.Fake.ListEmulatorChargeIdsAsync(gym.AccountId, "invoice_id", gym.RenewalId.ToString(), TestContext.Current.CancellationToken);
        var attempts = await ReadAsync<List<OnlinePaymentDto>>(await gym.Admin.GetAsync(Relative($"/api/billing/online-payments?invoiceId={gym.RenewalId}")));

        (first, second).ShouldBe((0, 1));
        open.Status.ShouldBe(InvoiceStatus.Open, "Stripe's answer was lost: nothing recorded yet");
        paid.Status.ShouldBe(InvoiceStatus.Paid);
        charges.Count.ShouldBe(1, "the retry replayed the first charge by its idempotency key");
        attempts.ShouldHaveSingleItem().ShouldSatisfyAllConditions(a => a.Status.ShouldBe(OnlinePaymentStatus.Succeeded), a => a.OffSession.ShouldBeTrue());
    }

    [Fact]
    public async Task SoftDeclines_AreRetriedAfter1_3_5And7Days_WithReminders_ThenTheMembershipIsInDebt()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await RenewedMembershipAsync("pm_card_chargeCustomerFail");
        var t0 = DateTime.UtcNow;

        await RunAsync(gym.TenantId, t0);
        var afterFirst = await CollectionAsync(gym.TenantId, gym.RenewalId);
        await RunAsync(gym.TenantId, t0.AddHours(12));
        var reminded = await CollectionAsync(gym.TenantId, gym.RenewalId);
        foreach (var day in new[] { 1, 3, 5 })
        {
            await RunAsync(gym.TenantId, t0.AddDays(day).AddMinutes(1));
        }

        var beforeLast = await ReadAsync<MembershipDto>(await gym.Admin.GetAsync(Relative($"/api/billing/memberships/{gym.MembershipId}")));
        await RunAsync(gym.TenantId, t0.AddDays(7).AddMinutes(1));
        await RunAsync(gym.TenantId, t0.AddDays(30));
        var last = await CollectionAsync(gym.TenantId, gym.RenewalId);
        var membership = await ReadAsync<MembershipDto>(await gym.Admin.GetAsync(Relative($"/api/billing/memberships/{gym.MembershipId}")));
        var attempts = await ReadAsync<List<OnlinePaymentDto>>(await gym.Admin.GetAsync(Relative($"/api/billing/online-payments?invoiceId={gym.RenewalId}")));

        afterFirst.ShouldSatisfyAllConditions(c => c.Attempts.ShouldBe(1), c => c.NextAttemptAtUtc.ShouldNotBeNull().ShouldBe(afterFirst.FirstFailedAtUtc!.Value.AddDays(1)));
        reminded.RemindedAttempt.ShouldBe(2, "the reminder of the retry was published the day before");
        beforeLast.Status.ShouldNotBe(MembershipStatus.Debt);
        last.ShouldSatisfyAllConditions(c => c.Attempts.ShouldBe(5), c => c.Status.ShouldBe(CardCollectionStatus.Exhausted), c => c.LastDeclineCode.ShouldBe("generic_decline"));
        attempts.Count.ShouldBe(5);
        attempts.ShouldAllBe(a => a.Status == OnlinePaymentStatus.Failed && a.DeclineKind == DeclineKind.Soft);
        membership.Status.ShouldBe(MembershipStatus.Debt);
    }

    [Fact]
    public async Task WithFinalActionCancel_TheLastFailedRetryCancelsTheMembership_InsteadOfDebt()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await RenewedMembershipAsync("pm_card_chargeCustomerFail");
        await SetTenantSettingsAsync(gym.Admin, (BillingSettingNames.DunningFinalAction, "Cancel"));
        var t0 = DateTime.UtcNow;

        await RunAsync(gym.TenantId, t0);
        foreach (var day in new[] { 1, 3, 5 })
        {
            await RunAsync(gym.TenantId, t0.AddDays(day).AddMinutes(1));
        }

        var beforeLast = await ReadAsync<MembershipDto>(await gym.Admin.GetAsync(Relative($"/api/billing/memberships/{gym.MembershipId}")));
        await RunAsync(gym.TenantId, t0.AddDays(7).AddMinutes(1));
        await RunAsync(gym.TenantId, t0.AddDays(30));
        var last = await CollectionAsync(gym.TenantId, gym.RenewalId);
        var membership = await ReadAsync<MembershipDto>(await gym.Admin.GetAsync(Relative($"/api/billing/memberships/{gym.MembershipId}")));
        var invoice = await ReadAsync<InvoiceDto>(await gym.Admin.GetAsync(Relative($"/api/billing/invoices/{gym.RenewalId}")));

        beforeLast.Status.ShouldBe(MembershipStatus.Active);
        last.ShouldSatisfyAllConditions(c => c.Attempts.ShouldBe(5), c => c.Status.ShouldBe(CardCollectionStatus.Exhausted));
        membership.ShouldSatisfyAllConditions(m => m.Status.ShouldBe(MembershipStatus.Cancelled), m => m.CancellationReason.ShouldBe("Card payments failed"));
        invoice.Status.ShouldBe(InvoiceStatus.Open, "what is owed stays owed");
    }

    [Fact]
    public async Task AHardDecline_StopsTheRetries_AndAsksForANewCard()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await RenewedMembershipAsync("pm_card_threeDSecure2Required");

        await RunAsync(gym.TenantId, DateTime.UtcNow);
        await RunAsync(gym.TenantId, DateTime.UtcNow.AddDays(10));
        var collection = await CollectionAsync(gym.TenantId, gym.RenewalId);
        var attempts = await ReadAsync<List<OnlinePaymentDto>>(await gym.Admin.GetAsync(Relative($"/api/billing/online-payments?invoiceId={gym.RenewalId}")));

        collection.ShouldSatisfyAllConditions(
            c => c.Status.ShouldBe(CardCollectionStatus.CardUpdateRequired), c => c.Attempts.ShouldBe(1), c => c.LastDeclineCode.ShouldBe("authentication_required"));
        attempts.ShouldHaveSingleItem().DeclineKind.ShouldBe(DeclineKind.Hard);
    }

    [Fact]
    public async Task ANewCardAfterAHardDecline_ResumesTheCollectionAtTheNextRun_AndTwoNewCardsChargeOnce()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await RenewedMembershipAsync("pm_card_threeDSecure2Required");
        using var member = gym.Member;
        await RunAsync(gym.TenantId, DateTime.UtcNow);
        var stopped = await CollectionAsync(gym.TenantId, gym.RenewalId);

        var visa = await SaveCardAsync(member, "pm_card_visa");
        var saved = fixture.Fake.Events.Last(e => e.Type == "setup_intent.succeeded" && e.Json.Contains(visa.Id, StringComparison.Ordinal));
        using (var client = fixture.CreateClient())
        {
            (await fixture.Fake.DeliverAsync(client, StripeWebhooks.Path, saved, StripeWebhooks.ConnectSecret)).EnsureSuccessStatusCode();
        }

        var mastercard = await SaveCardAsync(member, "pm_card_mastercard");
        var resumed = await CollectionAsync(gym.TenantId, gym.RenewalId);
        var cards = await ReadAsync<List<SavedCardDto>>(await member.GetAsync(Relative("/api/billing/my-cards")));
        var runs = await Task.WhenAll(RunAsync(gym.TenantId, DateTime.UtcNow.AddMinutes(1)), RunAsync(gym.TenantId, DateTime.UtcNow.AddMinutes(1)));
        var invoice = await ReadAsync<InvoiceDto>(await gym.Admin.GetAsync(Relative($"/api/billing/invoices/{gym.RenewalId}")));
        var attempts = await ReadAsync<List<OnlinePaymentDto>>(await gym.Admin.GetAsync(Relative($"/api/billing/online-payments?invoiceId={gym.RenewalId}")));
        var charges = await fixture.Fake.ListEmulatorChargeIdsAsync(gym.AccountId, "invoice_id", gym.RenewalId.ToString(), TestContext.Current.CancellationToken);

        stopped.Status.ShouldBe(CardCollectionStatus.CardUpdateRequired);
        mastercard.Status.ShouldBe("succeeded");
        resumed.ShouldSatisfyAllConditions(c => c.Status.ShouldBe(CardCollectionStatus.Scheduled), c => c.NextAttemptAtUtc.ShouldNotBeNull());
        cards.Single(c => c.IsDefault).Id.ShouldBe(visa.PaymentMethodId, "the card saved after the decline replaces the declined one; the next does not");
        runs.Sum().ShouldBe(1);
        invoice.Status.ShouldBe(InvoiceStatus.Paid);
        attempts.Count.ShouldBe(2);
        attempts.Count(a => a.Status == OnlinePaymentStatus.Succeeded).ShouldBe(1);
        charges.Count.ShouldBe(1);
        (await CollectionAsync(gym.TenantId, gym.RenewalId)).Status.ShouldBe(CardCollectionStatus.Closed);
    }

    [Fact]
    public async Task ChoosingAnotherSavedCardAsDefaultAfterAHardDecline_ResumesTheCollection_ButTheDeclinedCardAgainDoesNot()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await RenewedMembershipAsync("pm_card_threeDSecure2Required");
        using var member = gym.Member;
        var declined = (await ReadAsync<List<SavedCardDto>>(await member.GetAsync(Relative("/api/billing/my-cards")))).Single(c => c.IsDefault).Id;
        var spare = await SaveCardAsync(member, "pm_card_visa"); // saved before the decline: not the default
        await RunAsync(gym.TenantId, DateTime.UtcNow);
        var stopped = await CollectionAsync(gym.TenantId, gym.RenewalId);

        await SetDefaultAsync(member, declined);
        var unchanged = await CollectionAsync(gym.TenantId, gym.RenewalId);
        await SetDefaultAsync(member, spare.PaymentMethodId!);
        var resumed = await CollectionAsync(gym.TenantId, gym.RenewalId);
        var charged = await RunAsync(gym.TenantId, DateTime.UtcNow.AddMinutes(1));
        var invoice = await ReadAsync<InvoiceDto>(await gym.Admin.GetAsync(Relative($"/api/billing/invoices/{gym.RenewalId}")));

        stopped.Status.ShouldBe(CardCollectionStatus.CardUpdateRequired);
        unchanged.Status.ShouldBe(CardCollectionStatus.CardUpdateRequired, "the declined card chosen again is no new card");
        resumed.Status.ShouldBe(CardCollectionStatus.Scheduled);
        charged.ShouldBe(1);
        invoice.Status.ShouldBe(InvoiceStatus.Paid);
    }

    private static async Task SetDefaultAsync(HttpClient member, string card)
    {
        using var answer = await member.PostAsJsonAsync(Relative($"/api/billing/my-cards/{card}/set-default"), new { }, TestJson.Options);
        answer.EnsureSuccessStatusCode();
    }

    private static async Task<SetupIntentDto> SaveCardAsync(HttpClient member, string card)
    {
        var setup = await PostAsync<SetupIntentDto>(member, "/api/billing/my-cards/setup-intent", new { });
        var saved = await PostAsync<SetupIntentDto>(member, $"/api/billing/my-cards/{setup.Id}/confirm-setup-intent", new { paymentMethodId = card });
        saved.Status.ShouldBe("succeeded");
        return saved;
    }

    private async Task<int> RunAsync(Guid tenantId, DateTime now)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CardCollectionManager>().RunAsync(now, TestContext.Current.CancellationToken);
    }

    private async Task<CardCollection> CollectionAsync(Guid tenantId, Guid invoiceId)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        return await fixture.Services.GetRequiredService<IServiceScopeFactory>().RunInUnitOfWorkAsync(new UnitOfWorkOptions { IsTransactional = false },
            async (services, ct) => (await services.GetRequiredService<ICardCollectionRepository>().FindByInvoiceAsync(invoiceId, ct)).ShouldNotBeNull());
    }

    /// <summary>A gym on Stripe, a member with a monthly membership paid in cash, a saved card, and the next month's invoice open.</summary>
    private async Task<(Guid TenantId, HttpClient Admin, string AccountId, Guid MembershipId, Guid RenewalId, HttpClient Member)> RenewedMembershipAsync(string card)
    {
        var tenant = await fixture.CreateTenantAsync();
        var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var accountId = await fixture.ConnectChargeableGymAsync(admin);
        var (memberId, member) = await fixture.RegisterMemberAsync(tenant.Name, $"m-{Guid.NewGuid():N}"[..20]);
        var plan = await PostAsync<PlanDto>(admin, "/api/billing/plans", new { name = "Monthly", kind = "Membership", price = 4990, interval = "Month", intervalCount = 1 });
        var sale = await PostAsync<SellMembershipResultDto>(admin, "/api/billing/memberships", new { memberId, planId = plan.Id });
        await PostAsync<PaymentDto>(admin, "/api/billing/payments", new { invoiceId = sale.Invoice.Id, amount = sale.Invoice.Total, method = "Cash" });
        var setup = await PostAsync<SetupIntentDto>(member, "/api/billing/my-cards/setup-intent", new { });
        var saved = await PostAsync<SetupIntentDto>(member, $"/api/billing/my-cards/{setup.Id}/confirm-setup-intent", new { paymentMethodId = card });
        if (saved.Status == "requires_action")
        {
            await fixture.Fake.CompleteAuthenticationAsync(setup.Id, succeed: true, TestContext.Current.CancellationToken);
            var succeeded = fixture.Fake.Events.Last(e => e.Type == "setup_intent.succeeded" && e.Json.Contains(setup.Id, StringComparison.Ordinal));
            using var client = fixture.CreateClient();
            (await fixture.Fake.DeliverAsync(client, StripeWebhooks.Path, succeeded, StripeWebhooks.ConnectSecret)).EnsureSuccessStatusCode();
        }

        using var scoped = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id);
        await fixture.Services.GetRequiredService<IServiceScopeFactory>().RunInUnitOfWorkAsync(new UnitOfWorkOptions(), async (services, ct) =>
        {
            var membership = await services.GetRequiredService<IMembershipRepository>().GetAsync(sale.Membership.Id, ct);
            var periodEnd = membership.CurrentPeriodEnd!.Value;
            return await services.GetRequiredService<MembershipManager>().RenewAsync(membership, periodEnd, periodEnd.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc), ct);
        });
        var invoices = await ReadAsync<PagedResultDto<InvoiceDto>>(await admin.GetAsync(Relative($"/api/billing/invoices?memberId={memberId}")));
        var renewal = invoices.Items.Single(i => i.Status == InvoiceStatus.Open);
        return (tenant.Id, admin, accountId, sale.Membership.Id, renewal.Id, member);
    }
}
