using FitSaaS.Application.Tests.Bookings;
using FitSaaS.Billing;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using static FitSaaS.Application.Tests.Bookings.MemberDataExportReader;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>The <c>payments</c> dataset of the member data export: every payment with its invoice's number and refunds, one member's, in order, inside the tenant.</summary>
public sealed class PaymentsExportSourceTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    private readonly BillingScenario _scenario = new(fixture);
    private readonly MemberDataExportReader _export = new(fixture);

    [Fact]
    public async Task ReadAsync_TwoPartialPaymentsOneRefunded_ExactCellsInReceivedOrder_FilteredByMember_OtherTenantsNever()
    {
        var gym = await _scenario.CreateGymAsync();
        var alice = await _scenario.CreateMemberAsync(gym.Tenant);
        var bob = await _scenario.CreateMemberAsync(gym.Tenant);
        var pack = await _scenario.CreatePackAsync(gym.Tenant, credits: 10, price: 10000);
        var sale = await _scenario.SellAsync(gym.Tenant, alice, pack.Id);
        var first = await _scenario.AsAdminAsync<IPaymentAppService, PaymentDto>(gym.Tenant, s => s.CreateAsync(new CreatePaymentDto
        {
            InvoiceId = sale.Invoice.Id, Amount = 6000, Method = PaymentMethod.CardTerminal, Reference = "slip-0042",
        }));
        var second = await _scenario.PayAsync(gym.Tenant, sale.Invoice.Id, 4000, PaymentMethod.Cash);
        await _scenario.AsAdminAsync<IPaymentAppService, CreditNoteDto>(gym.Tenant, s => s.RefundAsync(first.Id, new RefundPaymentDto { Amount = 1500, Reason = "Goodwill" }));
        var monthly = await _scenario.CreateMonthlyAsync(gym.Tenant);
        var bobsSale = await _scenario.SellAndPayAsync(gym.Tenant, bob, monthly.Id);
        var other = await _scenario.CreateGymAsync();
        var stranger = await _scenario.CreateMemberAsync(other.Tenant);
        var strangersPlan = await _scenario.CreateMonthlyAsync(other.Tenant);
        await _scenario.SellAndPayAsync(other.Tenant, stranger, strangersPlan.Id);

        var all = await _export.ReadAsync(gym.Tenant.Id, "payments");
        var alices = await _export.ReadAsync(gym.Tenant.Id, "payments", alice);
        var bobs = await _export.ReadAsync(gym.Tenant.Id, "payments", bob);
        var theirs = await _export.ReadAsync(other.Tenant.Id, "payments");
        var strangerAsSeenHere = await _export.ReadAsync(gym.Tenant.Id, "payments", stranger);

        alices.Select(r => r["payment_id"]).ShouldBe([Id(first.Id), Id(second.Id)]);
        bobs.Select(r => (r["member_id"], r["invoice_id"], r["amount"], r["method"])).ShouldBe([(Id(bob), Id(bobsSale.Invoice.Id), "8900", "Cash")]);
        all.Select(r => r["payment_id"]).ShouldBe(alices.Concat(bobs).Select(r => r["payment_id"]));
        all.Select(r => r["received_at"]).ShouldBeInOrder(SortDirection.Ascending, StringComparer.Ordinal);
        theirs.ShouldHaveSingleItem()["member_id"].ShouldBe(Id(stranger));
        strangerAsSeenHere.ShouldBeEmpty();

        var invoice = await _scenario.GetInvoiceAsync(gym.Tenant, sale.Invoice.Id);
        invoice.Number.ShouldNotBeNullOrEmpty();
        var stored = await _export.QueryAsync(gym.Tenant.Id, db => db.Set<Payment>().AsNoTracking().Include(p => p.Refunds).SingleAsync(p => p.Id == first.Id));
        alices[0].ShouldBe(new Dictionary<string, string?>
        {
            ["member_id"] = Id(alice),
            ["payment_id"] = Id(first.Id),
            ["invoice_id"] = Id(sale.Invoice.Id),
            ["invoice_number"] = invoice.Number,
            ["amount"] = "6000",
            ["currency"] = pack.Currency,
            ["provider"] = "manual",
            ["method"] = "CardTerminal",
            ["status"] = "PartiallyRefunded",
            ["amount_refunded"] = "1500",
            ["reference"] = "slip-0042",
            ["received_at"] = Instant(stored.ReceivedAtUtc),
            ["last_refunded_at"] = Instant(stored.Refunds.Single().RefundedAtUtc),
            ["created_at"] = Instant(stored.CreationTime),
        });
        alices[0]["received_at"].ShouldEndWith("Z");
        (alices[1]["amount"], alices[1]["status"], alices[1]["amount_refunded"], alices[1]["reference"], alices[1]["last_refunded_at"])
            .ShouldBe(("4000", "Succeeded", "0", null, null));
    }
}
