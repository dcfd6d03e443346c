using FitSaaS.Billing;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Application.Tests.Platform;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>Races on the ledger and on invoice numbers: exactly one effect each, no gaps, on the test lane's database.</summary>
public sealed class BillingConcurrencyTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    private readonly BillingScenario _scenario = new(fixture);

    // With a member limit on, Bookings takes the member's lock and the guard relies on it; without one, the guard takes it.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OneCredit_TwoSessionsBookedAtOnce_ExactlyOneBookingGetsIt(bool memberLimitOn)
    {
        var gym = await _scenario.CreateGymAsync();
        if (memberLimitOn)
        {
            await _scenario.Bookings.SetTenantSettingAsync(gym.Tenant, BookingsSettingNames.MaxBookingsPerDay, 5);
        }

        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var second = await _scenario.Bookings.CreateSessionAsync(gym, DateTime.UtcNow.AddDays(3));
        var pack = await _scenario.CreatePackAsync(gym.Tenant, credits: 1);
        await _scenario.SellAndPayAsync(gym.Tenant, member, pack.Id);

        var outcomes = await Task.WhenAll(new[] { gym.Session.Id, second.Id }.Select(async id =>
        {
            try
            {
                await _scenario.Bookings.BookAsync(gym.Tenant, member, id);
                return "booked";
            }
            catch (BusinessException ex)
            {
                return ex.Code;
            }
        }));

        outcomes.Order().ShouldBe([BillingErrorCodes.NoEntitlement, "booked"]);
        (await _scenario.BalancesAsync(gym.Tenant, member)).Single().Balance.ShouldBe(0);
        var bookings = await _scenario.AsAdminAsync<IBookingAppService, PagedResultDto<BookingDto>>(gym.Tenant, s => s.GetListAsync(new GetBookingListInput { MemberId = member }));
        bookings.TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task InvoiceNumbers_UnderTwentyParallelSales_AreOneToTwentyWithoutGaps()
    {
        var gym = await _scenario.CreateGymAsync();
        var members = await _scenario.Bookings.CreateMembersAsync(gym.Tenant, 20);
        var plan = await _scenario.CreateMonthlyAsync(gym.Tenant);

        var sales = await Task.WhenAll(members.Select(m => _scenario.SellAsync(gym.Tenant, m, plan.Id)));

        sales.Select(s => s.Invoice.Number).Order().ShouldBe(Enumerable.Range(1, 20).Select(n => $"INV-{n:D6}"));
    }

    [Fact]
    public async Task Payments_OfTheSameInvoiceAtOnce_NeverExceedWhatIsDue()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var plan = await _scenario.CreateMonthlyAsync(gym.Tenant, price: 9000);
        var sale = await _scenario.SellAsync(gym.Tenant, member, plan.Id);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                await _scenario.PayAsync(gym.Tenant, sale.Invoice.Id, 4000);
                return "paid";
            }
            catch (BusinessException)
            {
                return "refused";
            }
        }));

        var invoice = await _scenario.GetInvoiceAsync(gym.Tenant, sale.Invoice.Id);
        invoice.AmountPaid.ShouldBe(4000L * outcomes.Count(o => o == "paid"));
        invoice.AmountPaid.ShouldBeLessThanOrEqualTo(9000);
        var payments = await _scenario.AsAdminAsync<IPaymentAppService, PagedResultDto<PaymentDto>>(gym.Tenant, s => s.GetListAsync(new GetPaymentListInput { InvoiceId = sale.Invoice.Id }));
        payments.Items.Sum(p => p.Amount).ShouldBe(invoice.AmountPaid);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ABookingOfACoveredClass_TakesTheMembersLockOnce_WhetherBookingsOrTheGuardTakesIt(bool memberLimitOn)
    {
        Assert.SkipUnless(TestDatabase.IsPostgreSql, "Advisory locks exist on PostgreSQL only.");
        var gym = await _scenario.CreateGymAsync();
        if (memberLimitOn)
        {
            await _scenario.Bookings.SetTenantSettingAsync(gym.Tenant, BookingsSettingNames.MaxBookingsPerDay, 5);
        }

        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var pack = await _scenario.CreatePackAsync(gym.Tenant, credits: 5);
        await _scenario.SellAndPayAsync(gym.Tenant, member, pack.Id);
        var lockId = QuotaLockIds.Of(BookingManager.MemberLockKey(gym.Tenant.Id, member));
        using var locks = new AdvisoryLockCounter(executed => AdvisoryLockCounter.HasLockId(executed, lockId)).Start();

        await _scenario.Bookings.BookAsync(gym.Tenant, member, gym.Session.Id);

        locks.Count.ShouldBe(1, memberLimitOn ? "Bookings' limits take it; the guard relies on it" : "the guard takes it");
        (await _scenario.BalancesAsync(gym.Tenant, member)).Single().Balance.ShouldBe(4);
    }
}
