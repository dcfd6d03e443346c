using System.Net;
using System.Net.Http.Json;
using FitSaaS.Billing;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Billing;

/// <summary>
/// Pay-to-book over HTTP (DOMAIN.md §2.2): a pack bought for a session holds a seat and the payment's success confirms it
/// once; no seat means nothing is sold; a payment completing after the hold expired books the member again — on the
/// waitlist when the seat was taken meanwhile — or refunds, by the gym's policy; the session is never overbooked.
/// </summary>
public sealed class PayToBookHttpTests(StripeWebFixture fixture) : IClassFixture<StripeWebFixture>
{
    [Fact]
    public async Task BuyingAPackForASession_ConfirmsTheSeat_AndTakesACredit_AndAFullSessionSellsNothing()
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await GymAsync();
        using var admin = gym.Admin;
        var session = await CreateSessionAsync(admin, 1, StartsIn(2 * 24 * 60));
        var pack = await PackAsync(admin);
        var (_, first) = await fixture.RegisterMemberAsync(gym.TenantName, $"a-{Guid.NewGuid():N}"[..20]);
        var (secondId, second) = await fixture.RegisterMemberAsync(gym.TenantName, $"b-{Guid.NewGuid():N}"[..20]);
        using var a = first;
        using var b = second;

        var bought = await PostAsync<PayToBookResultDto>(a, "/api/billing/pay-to-book", new { classSessionId = session.Id, planId = pack.Id, paymentMethodId = "pm_card_visa" });
        var balances = await ReadAsync<PagedResultDto<EntitlementDto>>(await a.GetAsync(Relative("/api/billing/entitlements")));
        using var full = await b.PostAsJsonAsync("/api/billing/pay-to-book", new { classSessionId = session.Id, planId = pack.Id, paymentMethodId = "pm_card_visa" }, TestJson.Options);
        var secondsMemberships = await ReadAsync<PagedResultDto<MembershipDto>>(await admin.GetAsync(Relative($"/api/billing/memberships?memberId={secondId}")));

        bought.ShouldSatisfyAllConditions(r => r.BookingStatus.ShouldBe(BookingStatus.Confirmed), r => r.Payment.Status.ShouldBe(OnlinePaymentStatus.Succeeded));
        balances.Items.ShouldHaveSingleItem().Balance.ShouldBe(4);
        full.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(full)).GetProperty("code").GetString().ShouldBe(BookingsErrorCodes.SessionFull);
        secondsMemberships.TotalCount.ShouldBe(0, "nothing was sold without a seat");
    }

    [Theory]
    [InlineData("Waitlist")]
    [InlineData("Refund")]
    public async Task APaymentCompletingAfterTheHoldExpired_FollowsThePolicy_AndNeverOverbooks(string lateAction)
    {
        Assert.SkipWhen(StripeEmulator.ApiBase is null, StripeEmulator.SkipReason);
        var gym = await GymAsync();
        using var admin = gym.Admin;
        await SetTenantSettingsAsync(admin, (BillingSettingNames.PayToBookLateAction, lateAction));
        var session = await CreateSessionAsync(admin, 1, StartsIn(2 * 24 * 60));
        var pack = await PackAsync(admin);
        var (slowId, slowClient) = await fixture.RegisterMemberAsync(gym.TenantName, $"s-{Guid.NewGuid():N}"[..20]);
        var (_, fastClient) = await fixture.RegisterMemberAsync(gym.TenantName, $"f-{Guid.NewGuid():N}"[..20]);
        using var slow = slowClient;
        using var fast = fastClient;

        var pending = await PostAsync<PayToBookResultDto>(slow, "/api/billing/pay-to-book", new { classSessionId = session.Id, planId = pack.Id, paymentMethodId = "pm_card_threeDSecure2Required" });
        var released = await ReleaseHoldsAsync(gym.TenantId, session.Id, pending.HoldExpiresAtUtc!.Value.AddSeconds(1));
        var taken = await PostAsync<PayToBookResultDto>(fast, "/api/billing/pay-to-book", new { classSessionId = session.Id, planId = pack.Id, paymentMethodId = "pm_card_visa" });
        await fixture.Fake.CompleteAuthenticationAsync(pending.Payment.PaymentIntentId!, succeed: true, TestContext.Current.CancellationToken);
        var succeeded = fixture.Fake.Events.Last(e => e.Type == "payment_intent.succeeded" && e.Json.Contains(pending.Payment.PaymentIntentId!, StringComparison.Ordinal));
        using var client = fixture.CreateClient();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => fixture.Fake.DeliverAsync(client, StripeWebhooks.Path, succeeded, StripeWebhooks.ConnectSecret)));
        var roster = await ReadAsync<PagedResultDto<BookingDto>>(await admin.GetAsync(Relative($"/api/bookings/bookings?classSessionId={session.Id}&maxResultCount=50")));
        var payment = await ReadAsync<OnlinePaymentDto>(await slow.GetAsync(Relative($"/api/billing/online-payments/{pending.Payment.Id}")));
        var slowMemberships = await ReadAsync<PagedResultDto<MembershipDto>>(await admin.GetAsync(Relative($"/api/billing/memberships?memberId={slowId}")));

        pending.ShouldSatisfyAllConditions(p => p.BookingStatus.ShouldBe(BookingStatus.Pending), p => p.Payment.Status.ShouldBe(OnlinePaymentStatus.RequiresAction));
        released.ShouldBe(1);
        taken.BookingStatus.ShouldBe(BookingStatus.Confirmed);
        payment.Status.ShouldBe(OnlinePaymentStatus.Succeeded);
        roster.Items.Count(r => r.Status == BookingStatus.Confirmed).ShouldBe(1, "capacity 1: never overbooked");
        var slowBookings = roster.Items.Where(r => r.MemberId == slowId).ToList();
        if (lateAction == "Waitlist")
        {
            slowBookings.Count(r => r.Status == BookingStatus.Waitlisted).ShouldBe(1);
            slowMemberships.Items.ShouldHaveSingleItem().Status.ShouldBe(MembershipStatus.Active);
        }
        else
        {
            slowBookings.ShouldAllBe(r => r.Status == BookingStatus.Cancelled);
            var refunded = await ReadAsync<PaymentDto>(await admin.GetAsync(Relative($"/api/billing/payments/{payment.PaymentId}")));
            refunded.AmountRefunded.ShouldBe(refunded.Amount);
            slowMemberships.Items.ShouldHaveSingleItem().Status.ShouldBe(MembershipStatus.Cancelled);
        }
    }

    private async Task<int> ReleaseHoldsAsync(Guid tenantId, Guid sessionId, DateTime now)
    {
        using var tenant = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        return await fixture.Services.GetRequiredService<IServiceScopeFactory>().RunInUnitOfWorkAsync(new UnitOfWorkOptions(),
            (services, ct) => services.GetRequiredService<BookingManager>().ReleaseExpiredHoldsAsync(sessionId, now, ct));
    }

    private static Task<PlanDto> PackAsync(HttpClient admin) =>
        PostAsync<PlanDto>(admin, "/api/billing/plans", new { name = "5 classes", kind = "ClassPack", price = 6000, credits = 5, validityDays = 60, activation = "OnPurchase" });

    private async Task<(Guid TenantId, string TenantName, HttpClient Admin)> GymAsync()
    {
        var tenant = await fixture.CreateTenantAsync();
        var admin = await fixture.LoginAsync(tenant.Name, "admin");
        await fixture.ConnectChargeableGymAsync(admin);
        return (tenant.Id, tenant.Name, admin);
    }
}
