using System.Net;
using System.Net.Http.Json;
using FitSaaS.Billing;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Billing;

/// <summary>
/// Billing over HTTP as a client calls it: a sale paid in two parts, a booking taking a credit, and bad input answered with
/// a problem (stable code) that changes nothing.
/// </summary>
public sealed class BillingHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task SaleInTwoPayments_ThenABooking_TakesACredit_AndTheLedgerShowsIt()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var (memberId, memberClient) = await fixture.RegisterMemberAsync(tenant.Name, $"pack-{Guid.NewGuid():N}"[..20]);
        using var member = memberClient;
        var session = await CreateSessionAsync(admin, 5, StartsIn(2 * 24 * 60));
        var plan = await PostAsync<PlanDto>(admin, "/api/billing/plans", new
        {
            name = "5 classes", kind = "ClassPack", price = 6000, taxRatePercent = 20, taxMode = "Inclusive", credits = 5, validityDays = 30, activation = "OnPurchase",
        });
        var sale = await PostAsync<SellMembershipResultDto>(admin, "/api/billing/memberships", new { memberId, planId = plan.Id });

        await PostAsync<PaymentDto>(admin, "/api/billing/payments", new { invoiceId = sale.Invoice.Id, amount = 2500, method = "Cash" });
        using var tooMuch = await admin.PostAsJsonAsync("/api/billing/payments", new { invoiceId = sale.Invoice.Id, amount = 3501, method = "Cash" }, TestJson.Options);
        await PostAsync<PaymentDto>(admin, "/api/billing/payments", new { invoiceId = sale.Invoice.Id, amount = 3500, method = "BankTransfer", reference = "SEPA 17" });
        var booking = await PostAsync<BookingDto>(member, "/api/bookings/bookings", new { classSessionId = session.Id });
        var balances = await ReadAsync<PagedResultDto<EntitlementDto>>(await member.GetAsync(Relative("/api/billing/entitlements")));
        var ledger = await ReadAsync<PagedResultDto<EntitlementLedgerEntryDto>>(await member.GetAsync(Relative("/api/billing/entitlements/ledger")));

        (sale.Invoice.Total, sale.Invoice.Tax).ShouldBe((6000L, 1000L));
        tooMuch.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await ProblemAsync(tooMuch);
        problem.GetProperty("code").GetString().ShouldBe(BillingErrorCodes.OverPayment);
        booking.Status.ShouldBe(BookingStatus.Confirmed);
        balances.Items.ShouldHaveSingleItem().Balance.ShouldBe(4);
        ledger.Items[0].ShouldSatisfyAllConditions(e => e.Action.ShouldBe(EntitlementAction.Consume), e => e.BookingId.ShouldBe(booking.Id));
    }

    [Theory]
    [InlineData("{\"name\":\"Half a cent\",\"kind\":\"DropIn\",\"price\":12.5,\"validityDays\":1}")]
    [InlineData("{\"name\":\"Negative\",\"kind\":\"DropIn\",\"price\":-100,\"validityDays\":1}")]
    [InlineData("{\"name\":\"Not a kind\",\"kind\":\"Timeshare\",\"price\":100}")]
    [InlineData("{\"name\":\"Pack without credits\",\"kind\":\"ClassPack\",\"price\":100,\"validityDays\":1,\"activation\":\"OnPurchase\"}")]
    public async Task CreatePlan_BadInput_IsA400ProblemWithACode_AndCreatesNothing(string body)
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        using var response = await admin.PostAsync(Relative("/api/billing/plans"), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var plans = await ReadAsync<PagedResultDto<PlanDto>>(await admin.GetAsync(Relative("/api/billing/plans")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(response)).GetProperty("code").GetString().ShouldNotBeNullOrWhiteSpace();
        plans.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task SellingAnotherGymsPlan_Is404_AndSellsNothing()
    {
        var tenant = await fixture.CreateTenantAsync();
        var other = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        using var otherAdmin = await fixture.LoginAsync(other.Name, "admin");
        var (memberId, memberClient) = await fixture.RegisterMemberAsync(tenant.Name, $"buyer-{Guid.NewGuid():N}"[..20]);
        using var member = memberClient;
        var foreign = await PostAsync<PlanDto>(otherAdmin, "/api/billing/plans", new { name = "Theirs", kind = "DropIn", price = 100, validityDays = 1 });

        using var response = await admin.PostAsJsonAsync("/api/billing/memberships", new { memberId, planId = foreign.Id }, TestJson.Options);
        var memberships = await ReadAsync<PagedResultDto<MembershipDto>>(await admin.GetAsync(Relative("/api/billing/memberships")));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        memberships.TotalCount.ShouldBe(0);
    }
}
