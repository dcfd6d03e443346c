using FitSaaS.Billing;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Billing;

public sealed class PaymentTests
{
    private static readonly DateTime s_now = new(2030, 1, 10, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Constructor_RecordsTheInvoiceAndAmount()
    {
        var invoice = NewInvoice();
        var tenantId = Guid.NewGuid();

        var payment = new Payment(Guid.NewGuid(), tenantId, invoice, "manual", PaymentMethod.BankTransfer, 1170, "  TRX-1 ", "ch_1", s_now);

        payment.TenantId.ShouldBe(tenantId);
        payment.InvoiceId.ShouldBe(invoice.Id);
        payment.MemberId.ShouldBe(invoice.MemberId);
        payment.Provider.ShouldBe("manual");
        payment.Method.ShouldBe(PaymentMethod.BankTransfer);
        payment.Amount.ShouldBe(1170);
        payment.Currency.ShouldBe("EUR");
        payment.Reference.ShouldBe("TRX-1");
        payment.ProviderReference.ShouldBe("ch_1");
        payment.ReceivedAtUtc.ShouldBe(s_now);
        payment.Status.ShouldBe(PaymentStatus.Succeeded);
        payment.AmountRefunded.ShouldBe(0);
        payment.Refunds.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(BillingMath.MaxAmount + 1)]
    public void Constructor_AmountOutOfRange_ThrowsInvalidAmount(long amount)
    {
        var ex = Should.Throw<BusinessException>(() => new Payment(Guid.NewGuid(), null, NewInvoice(), "manual", PaymentMethod.Cash, amount, null, null, s_now));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidAmount);
        ex.Details["amount"].ShouldBe(amount);
    }

    [Fact]
    public void Refund_PartialThenRest_PartiallyRefundedThenRefunded()
    {
        var payment = NewPayment(1170);
        var refundId = Guid.NewGuid();
        var creditNoteId = Guid.NewGuid();

        var refund = payment.Refund(refundId, 170, "Towel fee waived", creditNoteId, "re_1", s_now.AddDays(1));

        refund.Id.ShouldBe(refundId);
        refund.PaymentId.ShouldBe(payment.Id);
        refund.TenantId.ShouldBe(payment.TenantId);
        refund.Amount.ShouldBe(170);
        refund.Reason.ShouldBe("Towel fee waived");
        refund.CreditNoteId.ShouldBe(creditNoteId);
        refund.ProviderReference.ShouldBe("re_1");
        refund.RefundedAtUtc.ShouldBe(s_now.AddDays(1));
        payment.Status.ShouldBe(PaymentStatus.PartiallyRefunded);
        payment.AmountRefunded.ShouldBe(170);

        payment.Refund(Guid.NewGuid(), 1000, "Moved away", Guid.NewGuid(), null, s_now.AddDays(2));

        payment.Status.ShouldBe(PaymentStatus.Refunded);
        payment.AmountRefunded.ShouldBe(1170);
        payment.Refunds.Count.ShouldBe(2);
        payment.Refunds[0].ShouldBeSameAs(refund);
    }

    [Fact]
    public void Refund_All_IsRefunded()
    {
        var payment = NewPayment(1170);

        payment.Refund(Guid.NewGuid(), 1170, "Cancelled", Guid.NewGuid(), null, s_now);

        payment.Status.ShouldBe(PaymentStatus.Refunded);
    }

    [Fact]
    public void Refund_MoreThanLeft_ThrowsRefundExceedsPaymentWithRefundable()
    {
        var payment = NewPayment(1170);
        payment.Refund(Guid.NewGuid(), 1000, "Partial", Guid.NewGuid(), null, s_now);

        var ex = Should.Throw<BusinessException>(() => payment.Refund(Guid.NewGuid(), 171, "Too much", Guid.NewGuid(), null, s_now));

        ex.Code.ShouldBe(BillingErrorCodes.RefundExceedsPayment);
        ex.Details["refundable"].ShouldBe(170L);
        payment.AmountRefunded.ShouldBe(1000);
        payment.Refunds.Count.ShouldBe(1);
        payment.Status.ShouldBe(PaymentStatus.PartiallyRefunded);
    }

    [Fact]
    public void Refund_MoreThanThePayment_ThrowsRefundExceedsPayment()
    {
        var payment = NewPayment(1170);

        var ex = Should.Throw<BusinessException>(() => payment.Refund(Guid.NewGuid(), 1171, "Too much", Guid.NewGuid(), null, s_now));

        ex.Code.ShouldBe(BillingErrorCodes.RefundExceedsPayment);
        ex.Details["refundable"].ShouldBe(1170L);
        payment.Status.ShouldBe(PaymentStatus.Succeeded);
    }

    [Fact]
    public void Refund_FullyRefunded_ThrowsRefundExceedsPaymentWithNothingLeft()
    {
        var payment = NewPayment(500);
        payment.Refund(Guid.NewGuid(), 500, "All", Guid.NewGuid(), null, s_now);

        var ex = Should.Throw<BusinessException>(() => payment.Refund(Guid.NewGuid(), 1, "Again", Guid.NewGuid(), null, s_now));

        ex.Code.ShouldBe(BillingErrorCodes.RefundExceedsPayment);
        ex.Details["refundable"].ShouldBe(0L);
        payment.Status.ShouldBe(PaymentStatus.Refunded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void Refund_NotPositive_ThrowsInvalidAmount(long amount)
    {
        var payment = NewPayment(1170);

        var ex = Should.Throw<BusinessException>(() => payment.Refund(Guid.NewGuid(), amount, "Nothing", Guid.NewGuid(), null, s_now));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidAmount);
        payment.Status.ShouldBe(PaymentStatus.Succeeded);
        payment.Refunds.ShouldBeEmpty();
    }

    private static Invoice NewInvoice()
    {
        var invoice = new Invoice(Guid.NewGuid(), null, Guid.NewGuid(), null, "EUR", null);
        invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Plan, "Plan", 1000, 1, 17m));
        invoice.FinalizeInvoice(1, "INV-000001", s_now, s_now.AddDays(3));
        return invoice;
    }

    private static Payment NewPayment(long amount) => new(Guid.NewGuid(), Guid.NewGuid(), NewInvoice(), "manual", PaymentMethod.Cash, amount, null, null, s_now);
}
