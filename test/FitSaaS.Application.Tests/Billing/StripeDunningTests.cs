using System.Text.Json;
using FitSaaS.Application.Tests.EventBus;
using FitSaaS.Billing;
using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>
/// Dunning of a renewal charged off-session from the saved card (Stripe.net against the fake Stripe in front of the local
/// emulator; <see cref="CardCollectionManager"/> as the job runs it): the reminder before each retry
/// (<see cref="CardChargeUpcomingEto"/>) and the failure after each attempt (<see cref="CardPaymentFailedEto"/>) are
/// published once each however often the job runs, carry what Messaging needs and no Stripe ids, secrets or card data;
/// <c>Billing.DunningFinalAction = Cancel</c> cancels the membership after the last retry (also when a notice was served);
/// a card reported lost or stolen after it was saved is a hard decline that stops the retries and asks for a new card.
/// </summary>
public sealed class StripeDunningTests(StripeApplicationFixture fixture) : IClassFixture<StripeApplicationFixture>
{
    private const string FailedEvent = "Billing.CardPaymentFailed.v1";
    private const string UpcomingEvent = "Billing.CardChargeUpcoming.v1";
    private const string RenewalEvent = "Billing.MembershipRenewalUpcoming.v1";

    private readonly BillingScenario _scenario = new(fixture);

    [Fact]
    public async Task EachAttempt_PublishesOneFailure_AndEachRetryOneReminder_HoweverOftenTheJobRuns()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await RenewedMembershipAsync("pm_card_chargeCustomerFail");
        var t0 = WholeSeconds(DateTime.UtcNow);

        // Two runs at once and a third after them at every instant, and runs in each reminder window: a re-run (or a second
        // instance) must publish nothing more.
        foreach (var at in new[] { t0, t0.AddHours(12), t0.AddDays(1).AddMinutes(1), t0.AddDays(2).AddMinutes(1), t0.AddDays(3).AddMinutes(1),
                     t0.AddDays(4).AddMinutes(1), t0.AddDays(5).AddMinutes(1), t0.AddDays(6).AddMinutes(1), t0.AddDays(7).AddMinutes(1), t0.AddDays(30) })
        {
            await Task.WhenAll(RunAsync(gym.Tenant, at), RunAsync(gym.Tenant, at));
            await RunAsync(gym.Tenant, at);
        }

        var failed = await EventsAsync<CardPaymentFailedEto>(gym.Tenant, FailedEvent);
        var upcoming = await EventsAsync<CardChargeUpcomingEto>(gym.Tenant, UpcomingEvent);
        var membership = await _scenario.GetMembershipAsync(gym.Tenant, gym.MembershipId);

        Join(failed.Select(e => e.Attempt)).ShouldBe("1,2,3,4,5", "one failure event per attempt");
        Join(failed.Select(e => e.NextAttemptAtUtc)).ShouldBe(Join(new DateTime?[] { t0.AddDays(1), t0.AddDays(3), t0.AddDays(5), t0.AddDays(7), null }));
        failed.ShouldAllBe(e => e.InvoiceId == gym.RenewalId && e.MemberUserId == gym.Member && e.Amount == 4990 && e.Currency == gym.Currency
            && e.DeclineCode == "generic_decline" && !e.CardUpdateRequired);
        Join(upcoming.Select(e => e.Attempt)).ShouldBe("2,3,4,5", "one reminder per retry, none before the first charge");
        Join(upcoming.Select(e => (DateTime?)e.ChargeAtUtc)).ShouldBe(Join(new DateTime?[] { t0.AddDays(1), t0.AddDays(3), t0.AddDays(5), t0.AddDays(7) }));
        upcoming.ShouldAllBe(e => e.InvoiceId == gym.RenewalId && e.MemberUserId == gym.Member && e.Amount == 4990 && e.Currency == gym.Currency);
        membership.Status.ShouldBe(MembershipStatus.Debt, "the default final action");
        await ShouldCarryNoCardDataAsync(gym);
    }

    [Fact]
    public async Task FinalActionCancel_CancelsTheMembershipAfterTheLastRetry_InsteadOfDebt()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await RenewedMembershipAsync("pm_card_chargeCustomerFail");
        await _scenario.SetSettingAsync(gym.Tenant, BillingSettingNames.DunningFinalAction, "Cancel");
        var t0 = WholeSeconds(DateTime.UtcNow);

        foreach (var day in new[] { 0, 1, 3, 5 })
        {
            await RunAsync(gym.Tenant, t0.AddDays(day).AddMinutes(day == 0 ? 0 : 1));
        }

        var beforeLast = await _scenario.GetMembershipAsync(gym.Tenant, gym.MembershipId);
        await RunAsync(gym.Tenant, t0.AddDays(7).AddMinutes(1));
        await RunAsync(gym.Tenant, t0.AddDays(30));
        var membership = await _scenario.GetMembershipAsync(gym.Tenant, gym.MembershipId);
        var collection = await CollectionAsync(gym.Tenant, gym.RenewalId);
        var invoice = await _scenario.GetInvoiceAsync(gym.Tenant, gym.RenewalId);

        beforeLast.Status.ShouldBe(MembershipStatus.Active);
        membership.ShouldSatisfyAllConditions(
            m => m.Status.ShouldBe(MembershipStatus.Cancelled, "Cancel, not Debt"), m => m.CancellationReason.ShouldBe("Card payments failed"),
            m => m.CancelEffectiveDate.ShouldBe(DateOnly.FromDateTime(t0.AddDays(7).AddMinutes(1))));
        collection.ShouldSatisfyAllConditions(c => c.Status.ShouldBe(CardCollectionStatus.Exhausted), c => c.Attempts.ShouldBe(5));
        invoice.Status.ShouldBe(InvoiceStatus.Open, "what is owed stays owed");
        (await EventsAsync<CardPaymentFailedEto>(gym.Tenant, FailedEvent)).Count.ShouldBe(5);
    }

    [Fact]
    public async Task FinalActionCancel_AfterTheMemberServedNotice_CancelsAtOnce_AndTheJobDoesNotFail()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await RenewedMembershipAsync("pm_card_chargeCustomerFail");
        await _scenario.SetSettingAsync(gym.Tenant, BillingSettingNames.DunningFinalAction, "Cancel");
        var notice = await _scenario.AsMemberAsync<IMembershipAppService, MembershipDto>(gym.Tenant, gym.Member,
            s => s.CancelAsync(gym.MembershipId, new CancelMembershipDto { Reason = "Moving away" }));
        var t0 = WholeSeconds(DateTime.UtcNow);

        foreach (var at in new[] { t0, t0.AddDays(1).AddMinutes(1), t0.AddDays(3).AddMinutes(1), t0.AddDays(5).AddMinutes(1), t0.AddDays(7).AddMinutes(1) })
        {
            await RunAsync(gym.Tenant, at);
        }

        var charges = await RunAsync(gym.Tenant, t0.AddDays(7).AddMinutes(30));
        var membership = await _scenario.GetMembershipAsync(gym.Tenant, gym.MembershipId);
        var attempts = await _scenario.AsAdminAsync<IOnlinePaymentAppService, List<OnlinePaymentDto>>(gym.Tenant, s => s.GetListAsync(gym.RenewalId));

        notice.CancelEffectiveDate.ShouldNotBeNull().ShouldBeGreaterThan(DateOnly.FromDateTime(t0.AddDays(7).AddMinutes(1)));
        membership.ShouldSatisfyAllConditions(
            m => m.Status.ShouldBe(MembershipStatus.Cancelled), m => m.CancellationReason.ShouldBe("Moving away"),
            m => m.CancelEffectiveDate.ShouldBe(DateOnly.FromDateTime(t0.AddDays(7).AddMinutes(1))));
        charges.ShouldBe(0);
        attempts.Count.ShouldBe(5, "no attempt after the last retry");
        (await CollectionAsync(gym.Tenant, gym.RenewalId)).Status.ShouldBe(CardCollectionStatus.Exhausted);
    }

    [Theory]
    [InlineData("lost_card")]
    [InlineData("stolen_card")]
    public async Task ACardReportedLostOrStolen_IsAHardDecline_RetriesStop_AndANewCardIsAskedFor(string declineCode)
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await RenewedMembershipAsync("pm_card_visa");
        fixture.Fake.DeclineChargesOf(gym.CardId, declineCode);
        var t0 = WholeSeconds(DateTime.UtcNow);
        var intentsBefore = fixture.Fake.CountRequests("POST", "/v1/payment_intents");

        await RunAsync(gym.Tenant, t0);
        var intentsAfterFirst = fixture.Fake.CountRequests("POST", "/v1/payment_intents");
        foreach (var at in new[] { t0, t0.AddDays(1).AddMinutes(1), t0.AddDays(3).AddMinutes(1), t0.AddDays(7).AddMinutes(1), t0.AddDays(30) })
        {
            await RunAsync(gym.Tenant, at);
        }

        var collection = await CollectionAsync(gym.Tenant, gym.RenewalId);
        var attempts = await _scenario.AsAdminAsync<IOnlinePaymentAppService, List<OnlinePaymentDto>>(gym.Tenant, s => s.GetListAsync(gym.RenewalId));
        var failed = await EventsAsync<CardPaymentFailedEto>(gym.Tenant, FailedEvent);
        var membership = await _scenario.GetMembershipAsync(gym.Tenant, gym.MembershipId);

        intentsAfterFirst.ShouldBeGreaterThan(intentsBefore);
        fixture.Fake.CountRequests("POST", "/v1/payment_intents").ShouldBe(intentsAfterFirst, "no retry with the card");
        collection.ShouldSatisfyAllConditions(
            c => c.Status.ShouldBe(CardCollectionStatus.CardUpdateRequired), c => c.Attempts.ShouldBe(1), c => c.NextAttemptAtUtc.ShouldBeNull(),
            c => c.LastDeclineCode.ShouldBe(declineCode));
        attempts.ShouldHaveSingleItem().ShouldSatisfyAllConditions(a => a.DeclineKind.ShouldBe(DeclineKind.Hard), a => a.DeclineCode.ShouldBe(declineCode));
        failed.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.CardUpdateRequired.ShouldBeTrue(), e => e.NextAttemptAtUtc.ShouldBeNull(), e => e.DeclineCode.ShouldBe(declineCode), e => e.Attempt.ShouldBe(1));
        (await EventsAsync<CardChargeUpcomingEto>(gym.Tenant, UpcomingEvent)).ShouldBeEmpty();
        membership.Status.ShouldNotBe(MembershipStatus.Debt, "a hard decline waits for a new card; it is not the final action");
        await ShouldCarryNoCardDataAsync(gym);
    }

    /// <summary>The events' payloads hold exactly their documented fields: no Stripe ids (customer, card, intent), no secrets, no card data.</summary>
    private async Task ShouldCarryNoCardDataAsync(Renewal gym)
    {
        var payloads = await PayloadsAsync(gym.Tenant, FailedEvent, UpcomingEvent);
        payloads.ShouldNotBeEmpty();
        foreach (var (name, payload) in payloads)
        {
            var fields = JsonDocument.Parse(payload).RootElement.EnumerateObject().Select(p => p.Name.ToUpperInvariant()).Order().ToList();
            var expected = name == FailedEvent
                ? new[] { "AMOUNT", "ATTEMPT", "CARDUPDATEREQUIRED", "CURRENCY", "DECLINECODE", "INVOICEID", "MEMBERUSERID", "NEXTATTEMPTATUTC" }
                : ["AMOUNT", "ATTEMPT", "CHARGEATUTC", "CURRENCY", "INVOICEID", "MEMBERUSERID"];
            string.Join(",", fields).ShouldBe(string.Join(",", expected.Order()), payload);
            foreach (var forbidden in new[] { gym.CardId, gym.AccountId, "pm_", "cus_", "pi_", "seti_", "acct_", "_secret_", "sk_test_", "whsec_" })
            {
                payload.ShouldNotContain(forbidden, Case.Sensitive, $"{name} carries {forbidden}");
            }
        }
    }

    [Fact]
    public async Task RenewalReminder_OfAMemberWithASavedCard_SaysTheCardIsCharged_AndCarriesNoCardData()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var (tenant, accountId) = await ConnectedGymAsync();
        var plan = await _scenario.CreatePlanAsync(tenant, new CreatePlanDto
        {
            Name = "Weekly WOD", Kind = PlanKind.Membership, Price = 2500, Interval = BillingInterval.Week, IntervalCount = 1,
        });
        var start = BillingScenario.Today.AddDays(-5);
        var withCard = await _scenario.CreateMemberAsync(tenant);
        var withoutCard = await _scenario.CreateMemberAsync(tenant);
        var carded = (await _scenario.SellAndPayAsync(tenant, withCard, plan.Id, start)).Membership.Id;
        var uncarded = (await _scenario.SellAndPayAsync(tenant, withoutCard, plan.Id, start)).Membership.Id;
        var cardId = await SaveCardAsync(tenant, withCard, "pm_card_visa");

        await Task.WhenAll(_scenario.RunLifecycleJobAsync(tenant), _scenario.RunLifecycleJobAsync(tenant));

        var reminders = await EventsAsync<MembershipRenewalUpcomingEto>(tenant, RenewalEvent);
        reminders.Select(r => (r.MembershipId, r.ChargedToSavedCard)).Order().ShouldBe(new[] { (carded, true), (uncarded, false) }.Order());
        reminders.ShouldAllBe(r => r.Amount == 2500 && r.RenewsOn == start.AddDays(7));
        var fields = (await PayloadsAsync(tenant, RenewalEvent)).Select(p => p.Payload).ToList();
        fields.Count.ShouldBe(2);
        foreach (var payload in fields)
        {
            foreach (var forbidden in new[] { cardId, accountId, "pm_", "cus_", "seti_", "acct_", "_secret_", "sk_test_", "whsec_" })
            {
                payload.ShouldNotContain(forbidden, Case.Sensitive);
            }
        }
    }

    private Task<List<T>> EventsAsync<T>(TestTenant tenant, string eventName) => OutboxEvents.ReadAsync<T>(fixture, tenant.Id, eventName);

    private Task<List<(string EventName, string Payload)>> PayloadsAsync(TestTenant tenant, params string[] eventNames) => OutboxEvents.ReadPayloadsAsync(fixture, tenant.Id, eventNames);

    private async Task<int> RunAsync(TestTenant tenant, DateTime now)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id);
        await using var scope = fixture.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CardCollectionManager>().RunAsync(now, TestContext.Current.CancellationToken);
    }

    private async Task<CardCollection> CollectionAsync(TestTenant tenant, Guid invoiceId)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id);
        return await fixture.Services.GetRequiredService<IServiceScopeFactory>().RunInUnitOfWorkAsync(new UnitOfWorkOptions { IsTransactional = false },
            async (services, ct) => (await services.GetRequiredService<ICardCollectionRepository>().FindByInvoiceAsync(invoiceId, ct)).ShouldNotBeNull());
    }

    private static string Join(IEnumerable<int> values) => string.Join(",", values);

    private static string Join(IEnumerable<DateTime?> values) =>
        string.Join(",", values.Select(v => (v is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("O", System.Globalization.CultureInfo.InvariantCulture) : null) ?? "null"));

    /// <summary>An instant in whole seconds, which both databases store exactly.</summary>
    private static DateTime WholeSeconds(DateTime at) => new(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

    /// <summary>
    /// A gym on Stripe; a member with a monthly membership (4990) paid in cash and a saved card (<paramref name="card"/>,
    /// its default); the next month's invoice open — what the card-collection job charges.
    /// </summary>
    private async Task<Renewal> RenewedMembershipAsync(string card)
    {
        var ct = TestContext.Current.CancellationToken;
        var (tenant, accountId) = await ConnectedGymAsync();
        var member = await _scenario.CreateMemberAsync(tenant);
        var plan = await _scenario.CreateMonthlyAsync(tenant, price: 4990);
        var sale = await _scenario.SellAndPayAsync(tenant, member, plan.Id);
        var cardId = await SaveCardAsync(tenant, member, card);

        using (fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id))
        {
            await fixture.Services.GetRequiredService<IServiceScopeFactory>().RunInUnitOfWorkAsync(new UnitOfWorkOptions(), async (services, token) =>
            {
                var membership = await services.GetRequiredService<IMembershipRepository>().GetAsync(sale.Membership.Id, token);
                var periodEnd = membership.CurrentPeriodEnd!.Value;
                return await services.GetRequiredService<MembershipManager>().RenewAsync(membership, periodEnd, periodEnd.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc), token);
            }, ct);
        }

        var renewal = (await _scenario.InvoicesOfAsync(tenant, member)).Single(i => i.Status == InvoiceStatus.Open);
        return new Renewal(tenant, accountId, member, sale.Membership.Id, renewal.Id, renewal.Currency, cardId);
    }

    /// <summary>A gym connected to Stripe whose account takes charges: its renewals are charged to saved cards.</summary>
    private async Task<(TestTenant Tenant, string AccountId)> ConnectedGymAsync()
    {
        var tenant = (await _scenario.CreateGymAsync()).Tenant;
        var connection = await _scenario.AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(tenant, s => s.CreateAsync(new ConnectStripeDto { Email = "owner@gym.test" }));
        await fixture.Fake.UpdateAccountAsync(connection.AccountId!, chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true, TestContext.Current.CancellationToken);
        (await _scenario.AsAdminAsync<IStripeConnectionAppService, StripeConnectionDto>(tenant, s => s.RefreshAsync())).ChargesEnabled.ShouldBeTrue();
        return (tenant, connection.AccountId!);
    }

    /// <summary>The member saves <paramref name="card"/> through a SetupIntent (it becomes the default); returns its payment method id.</summary>
    private async Task<string> SaveCardAsync(TestTenant tenant, Guid member, string card)
    {
        var setup = await _scenario.AsMemberAsync<ISavedCardAppService, SetupIntentDto>(tenant, member, s => s.CreateSetupIntentAsync());
        var saved = await _scenario.AsMemberAsync<ISavedCardAppService, SetupIntentDto>(tenant, member,
            s => s.ConfirmSetupIntentAsync(setup.Id, new ConfirmSetupIntentDto { PaymentMethodId = card }));
        saved.Status.ShouldBe("succeeded");
        return saved.PaymentMethodId!;
    }

    private sealed record Renewal(TestTenant Tenant, string AccountId, Guid Member, Guid MembershipId, Guid RenewalId, string Currency, string CardId);
}
