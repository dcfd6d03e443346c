using FitSaaS.Billing;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Billing;

public sealed class InvoiceTests
{
    private static readonly DateTime s_now = new(2030, 1, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime s_due = s_now.AddDays(3);

    [Fact]
    public void Constructor_IsAnEmptyDraft()
    {
        var tenantId = Guid.NewGuid();
        var memberId = Guid.NewGuid();
        var membershipId = Guid.NewGuid();

        var invoice = new Invoice(Guid.NewGuid(), tenantId, memberId, membershipId, "ILS", "membership:x:period:1");

        invoice.Status.ShouldBe(InvoiceStatus.Draft);
        invoice.TenantId.ShouldBe(tenantId);
        invoice.MemberId.ShouldBe(memberId);
        invoice.MembershipId.ShouldBe(membershipId);
        invoice.Currency.ShouldBe("ILS");
        invoice.SourceKey.ShouldBe("membership:x:period:1");
        invoice.Number.ShouldBeNull();
        invoice.SequenceNumber.ShouldBeNull();
        invoice.Lines.ShouldBeEmpty();
        invoice.Total.ShouldBe(0);
        invoice.AmountDue.ShouldBe(0);
    }

    [Fact]
    public void Constructor_UnknownCurrency_ThrowsUnknownCurrency()
    {
        var ex = Should.Throw<BusinessException>(() => new Invoice(Guid.NewGuid(), null, Guid.NewGuid(), null, "usd", null));

        ex.Code.ShouldBe(BillingErrorCodes.UnknownCurrency);
        ex.Details["currency"].ShouldBe("usd");
    }

    [Fact]
    public void AddLine_KeepsTheDraftAndItsTax()
    {
        var invoice = NewInvoice();
        var lineId = Guid.NewGuid();

        var line = invoice.AddLine(lineId, new InvoiceLineDraft(InvoiceLineKind.Plan, "Monthly (2030-01-15 – 2030-02-14)", 1170, 1, 17m, TaxMode.Inclusive, D(2030, 1, 15), D(2030, 2, 15), "membership:x:period:1"));

        line.Id.ShouldBe(lineId);
        line.InvoiceId.ShouldBe(invoice.Id);
        line.TenantId.ShouldBe(invoice.TenantId);
        line.Kind.ShouldBe(InvoiceLineKind.Plan);
        line.Description.ShouldBe("Monthly (2030-01-15 – 2030-02-14)");
        line.Quantity.ShouldBe(1);
        line.UnitAmount.ShouldBe(1170);
        line.TaxRatePercent.ShouldBe(17m);
        line.TaxMode.ShouldBe(TaxMode.Inclusive);
        line.Net.ShouldBe(1000);
        line.Tax.ShouldBe(170);
        line.Total.ShouldBe(1170);
        line.PeriodStart.ShouldBe(D(2030, 1, 15));
        line.PeriodEnd.ShouldBe(D(2030, 2, 15));
        line.SourceKey.ShouldBe("membership:x:period:1");
        invoice.Lines.ShouldHaveSingleItem().ShouldBeSameAs(line);
    }

    [Fact]
    public void AddLine_MixedInclusiveAndExclusive_TotalsAreSumsOfTheLines()
    {
        var invoice = NewInvoice();

        var plan = invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Plan, "Plan", 1000, 1, 17m, TaxMode.Exclusive));
        var fee = invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Fee, "Towels", 1170, 2, 17m, TaxMode.Inclusive));
        var discount = invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Discount, "Welcome", -500));
        var penalty = invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Penalty, "No-show", 999, 1, 17m, TaxMode.Inclusive));

        (plan.Net, plan.Tax, plan.Total).ShouldBe((1000L, 170L, 1170L));
        (fee.Net, fee.Tax, fee.Total).ShouldBe((2000L, 340L, 2340L));
        (discount.Net, discount.Tax, discount.Total).ShouldBe((-500L, 0L, -500L));
        (penalty.Net, penalty.Tax, penalty.Total).ShouldBe((854L, 145L, 999L));
        invoice.Lines.Count.ShouldBe(4);
        invoice.Subtotal.ShouldBe(3354);
        invoice.Tax.ShouldBe(655);
        invoice.Total.ShouldBe(4009);
        invoice.Total.ShouldBe(invoice.Subtotal + invoice.Tax);
        invoice.Total.ShouldBe(invoice.Lines.Sum(l => l.Total));
        invoice.AmountDue.ShouldBe(0);
    }

    [Fact]
    public void AddLine_ExclusiveQuantity_TaxesTheLineAmount()
    {
        var invoice = NewInvoice();

        // 3 × 333 = 999; 999 × 8.875 % = 88.66… → 89.
        var line = invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Fee, "Fee", 333, 3, 8.875m));

        (line.Net, line.Tax, line.Total).ShouldBe((999L, 89L, 1088L));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(PlanConsts.MaxCredits + 1)]
    public void AddLine_QuantityOutOfRange_Throws(int quantity)
    {
        var invoice = NewInvoice();

        Should.Throw<ArgumentOutOfRangeException>(() => invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Fee, "Fee", 100, quantity)));
        invoice.Lines.ShouldBeEmpty();
    }

    [Fact]
    public void AddLine_BlankDescription_Throws()
    {
        var invoice = NewInvoice();

        Should.Throw<ArgumentException>(() => invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Fee, "  ", 100)));
    }

    [Theory]
    [InlineData(BillingMath.MaxAmount + 1)]
    [InlineData(-BillingMath.MaxAmount - 1)]
    public void AddLine_UnitAmountBeyondMaximum_ThrowsInvalidAmount(long unitAmount)
    {
        var invoice = NewInvoice();

        var ex = Should.Throw<BusinessException>(() => invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Fee, "Fee", unitAmount)));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidAmount);
        ex.Details["name"].ShouldBe("unitAmount");
        invoice.Total.ShouldBe(0);
    }

    [Fact]
    public void AddLine_UnitAmountLongMinValue_ThrowsInvalidAmount()
    {
        var invoice = NewInvoice();

        var ex = Should.Throw<BusinessException>(() => invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Discount, "Discount", long.MinValue)));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidAmount);
    }

    [Fact]
    public void AddLine_InvalidTaxRate_ThrowsInvalidTaxRateAndAddsNothing()
    {
        var invoice = NewInvoice();

        var ex = Should.Throw<BusinessException>(() => invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Fee, "Fee", 100, 1, 150m)));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidTaxRate);
        invoice.Lines.ShouldBeEmpty();
    }

    [Fact]
    public void AddLine_Finalized_ThrowsInvalidInvoiceStatus()
    {
        var invoice = OpenInvoice(1170);

        var ex = Should.Throw<BusinessException>(() => invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Fee, "Late", 100)));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidInvoiceStatus);
        ex.Details["status"].ShouldBe("Open");
        invoice.Total.ShouldBe(1170);
    }

    [Fact]
    public void FinalizeInvoice_SetsNumberDatesAndOpens()
    {
        var invoice = NewInvoice();
        invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Plan, "Plan", 1000, 1, 17m));

        invoice.FinalizeInvoice(42, "INV-000042", s_now, s_due);

        invoice.Status.ShouldBe(InvoiceStatus.Open);
        invoice.SequenceNumber.ShouldBe(42);
        invoice.Number.ShouldBe("INV-000042");
        invoice.IssuedAtUtc.ShouldBe(s_now);
        invoice.DueAtUtc.ShouldBe(s_due);
        invoice.PaidAtUtc.ShouldBeNull();
        invoice.AmountDue.ShouldBe(1170);
        invoice.GetLocalEvents().ShouldBeEmpty();
    }

    [Fact]
    public void FinalizeInvoice_ZeroTotal_IsPaidAtOnceAndRaisesInvoicePaid()
    {
        var membershipId = Guid.NewGuid();
        var invoice = new Invoice(Guid.NewGuid(), null, Guid.NewGuid(), membershipId, "EUR", null);
        invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Plan, "Free trial", 0, 1, 17m));

        invoice.FinalizeInvoice(1, "INV-000001", s_now, s_due);

        invoice.Status.ShouldBe(InvoiceStatus.Paid);
        invoice.Number.ShouldBe("INV-000001");
        invoice.PaidAtUtc.ShouldBe(s_now);
        invoice.AmountDue.ShouldBe(0);
        invoice.GetLocalEvents().ShouldHaveSingleItem().ShouldBeOfType<InvoicePaidEvent>()
            .ShouldBe(new InvoicePaidEvent(invoice.Id, invoice.MemberId, membershipId, s_now));
    }

    [Fact]
    public void FinalizeInvoice_DiscountCancelsThePrice_IsPaidAtOnce()
    {
        var invoice = NewInvoice();
        invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Plan, "Plan", 1500));
        invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Discount, "100 % off", -1500));

        invoice.FinalizeInvoice(1, "INV-000001", s_now, s_due);

        invoice.Status.ShouldBe(InvoiceStatus.Paid);
    }

    [Fact]
    public void FinalizeInvoice_NegativeTotal_ThrowsInvalidAmountAndStaysDraft()
    {
        var invoice = NewInvoice();
        invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Proration, "Credit for the rest of the period", -400));

        var ex = Should.Throw<BusinessException>(() => invoice.FinalizeInvoice(1, "INV-000001", s_now, s_due));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidAmount);
        ex.Details["name"].ShouldBe("total");
        ex.Details["amount"].ShouldBe(-400L);
        invoice.Status.ShouldBe(InvoiceStatus.Draft);
        invoice.Number.ShouldBeNull();
    }

    [Fact]
    public void FinalizeInvoice_Twice_ThrowsInvalidInvoiceStatus()
    {
        var invoice = OpenInvoice(1000);

        var ex = Should.Throw<BusinessException>(() => invoice.FinalizeInvoice(2, "INV-000002", s_now, s_due));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidInvoiceStatus);
        ex.Details["operation"].ShouldBe("finalize");
        invoice.Number.ShouldBe("INV-000001");
    }

    [Fact]
    public void ApplyPayment_PartialThenRest_IsPaidAndRaisesInvoicePaid()
    {
        var invoice = OpenInvoice(1170);

        invoice.ApplyPayment(500, s_now.AddHours(1));

        invoice.Status.ShouldBe(InvoiceStatus.Open);
        invoice.AmountPaid.ShouldBe(500);
        invoice.AmountDue.ShouldBe(670);
        invoice.PaidAtUtc.ShouldBeNull();
        invoice.GetLocalEvents().ShouldBeEmpty();

        invoice.ApplyPayment(670, s_now.AddHours(2));

        invoice.Status.ShouldBe(InvoiceStatus.Paid);
        invoice.AmountPaid.ShouldBe(1170);
        invoice.AmountDue.ShouldBe(0);
        invoice.PaidAtUtc.ShouldBe(s_now.AddHours(2));
        invoice.GetLocalEvents().ShouldHaveSingleItem().ShouldBeOfType<InvoicePaidEvent>().PaidAtUtc.ShouldBe(s_now.AddHours(2));
    }

    [Fact]
    public void ApplyPayment_MoreThanDue_ThrowsOverPaymentWithAmountDue()
    {
        var invoice = OpenInvoice(1170);
        invoice.ApplyPayment(1000, s_now);

        var ex = Should.Throw<BusinessException>(() => invoice.ApplyPayment(171, s_now));

        ex.Code.ShouldBe(BillingErrorCodes.OverPayment);
        ex.Details["amountDue"].ShouldBe(170L);
        invoice.AmountPaid.ShouldBe(1000);
        invoice.Status.ShouldBe(InvoiceStatus.Open);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void ApplyPayment_NotPositive_ThrowsInvalidAmount(long amount)
    {
        var invoice = OpenInvoice(1170);

        var ex = Should.Throw<BusinessException>(() => invoice.ApplyPayment(amount, s_now));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidAmount);
        invoice.AmountPaid.ShouldBe(0);
    }

    [Fact]
    public void ApplyPayment_Paid_ThrowsInvalidInvoiceStatus()
    {
        var invoice = OpenInvoice(1170);
        invoice.ApplyPayment(1170, s_now);

        var ex = Should.Throw<BusinessException>(() => invoice.ApplyPayment(1, s_now));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidInvoiceStatus);
        ex.Details["status"].ShouldBe("Paid");
        ex.Details["operation"].ShouldBe("take a payment");
    }

    [Fact]
    public void ApplyPayment_Void_ThrowsInvalidInvoiceStatus()
    {
        var invoice = OpenInvoice(1170);
        invoice.Void("Issued by mistake", s_now);

        var ex = Should.Throw<BusinessException>(() => invoice.ApplyPayment(1170, s_now));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidInvoiceStatus);
        ex.Details["status"].ShouldBe("Void");
        invoice.AmountPaid.ShouldBe(0);
    }

    [Fact]
    public void ApplyPayment_Draft_ThrowsInvalidInvoiceStatus()
    {
        var invoice = NewInvoice();
        invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Plan, "Plan", 1000));

        var ex = Should.Throw<BusinessException>(() => invoice.ApplyPayment(1000, s_now));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidInvoiceStatus);
        ex.Details["status"].ShouldBe("Draft");
    }

    [Fact]
    public void Void_UnpaidOpen_ClosesWithTheReason()
    {
        var invoice = OpenInvoice(1170);

        invoice.Void("  Issued by mistake  ", s_now.AddHours(1));

        invoice.Status.ShouldBe(InvoiceStatus.Void);
        invoice.ClosedReason.ShouldBe("Issued by mistake");
        invoice.ClosedAtUtc.ShouldBe(s_now.AddHours(1));
        invoice.AmountDue.ShouldBe(0);
        invoice.Number.ShouldBe("INV-000001");
        invoice.IsOverdue(s_due.AddDays(30)).ShouldBeFalse();
        invoice.GetLocalEvents().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Void_WithoutReason_ThrowsReasonRequired(string reason)
    {
        var invoice = OpenInvoice(1170);

        var ex = Should.Throw<BusinessException>(() => invoice.Void(reason, s_now));

        ex.Code.ShouldBe(BillingErrorCodes.ReasonRequired);
        invoice.Status.ShouldBe(InvoiceStatus.Open);
    }

    [Fact]
    public void Void_PartlyPaid_ThrowsInvalidInvoiceStatus()
    {
        var invoice = OpenInvoice(1170);
        invoice.ApplyPayment(100, s_now);

        var ex = Should.Throw<BusinessException>(() => invoice.Void("Mistake", s_now));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidInvoiceStatus);
        ex.Details["operation"].ShouldBe("void");
        invoice.Status.ShouldBe(InvoiceStatus.Open);
    }

    [Fact]
    public void Void_PaidDraftOrVoid_ThrowsInvalidInvoiceStatus()
    {
        var paid = OpenInvoice(1170);
        paid.ApplyPayment(1170, s_now);
        Should.Throw<BusinessException>(() => paid.Void("Mistake", s_now)).Code.ShouldBe(BillingErrorCodes.InvalidInvoiceStatus);
        paid.Status.ShouldBe(InvoiceStatus.Paid);

        var draft = NewInvoice();
        Should.Throw<BusinessException>(() => draft.Void("Mistake", s_now)).Code.ShouldBe(BillingErrorCodes.InvalidInvoiceStatus);

        var voided = OpenInvoice(1170);
        voided.Void("Mistake", s_now);
        Should.Throw<BusinessException>(() => voided.Void("Again", s_now)).Code.ShouldBe(BillingErrorCodes.InvalidInvoiceStatus);
        voided.ClosedReason.ShouldBe("Mistake");
    }

    [Fact]
    public void Void_ReasonTooLong_Throws()
    {
        var invoice = OpenInvoice(1170);

        Should.Throw<ArgumentOutOfRangeException>(() => invoice.Void(new string('r', InvoiceConsts.MaxReasonLength + 1), s_now));
        invoice.Status.ShouldBe(InvoiceStatus.Open);
    }

    [Fact]
    public void MarkUncollectible_ThenPaid_SettlesIt()
    {
        var invoice = OpenInvoice(1170);
        invoice.ApplyPayment(170, s_now);

        invoice.MarkUncollectible("Member unreachable", s_now.AddDays(30));

        invoice.Status.ShouldBe(InvoiceStatus.Uncollectible);
        invoice.ClosedReason.ShouldBe("Member unreachable");
        invoice.ClosedAtUtc.ShouldBe(s_now.AddDays(30));
        invoice.AmountDue.ShouldBe(1000);
        invoice.IsOverdue(s_now.AddDays(31)).ShouldBeFalse();

        invoice.ApplyPayment(1000, s_now.AddDays(40));

        invoice.Status.ShouldBe(InvoiceStatus.Paid);
        invoice.PaidAtUtc.ShouldBe(s_now.AddDays(40));
        invoice.AmountPaid.ShouldBe(1170);
        invoice.GetLocalEvents().ShouldHaveSingleItem().ShouldBeOfType<InvoicePaidEvent>();
    }

    [Fact]
    public void MarkUncollectible_OverPayment_ThrowsOverPayment()
    {
        var invoice = OpenInvoice(1170);
        invoice.MarkUncollectible("Gone", s_now);

        var ex = Should.Throw<BusinessException>(() => invoice.ApplyPayment(1171, s_now));

        ex.Code.ShouldBe(BillingErrorCodes.OverPayment);
        ex.Details["amountDue"].ShouldBe(1170L);
    }

    [Fact]
    public void MarkUncollectible_WithoutReason_ThrowsReasonRequired()
    {
        var invoice = OpenInvoice(1170);

        Should.Throw<BusinessException>(() => invoice.MarkUncollectible(" ", s_now)).Code.ShouldBe(BillingErrorCodes.ReasonRequired);
        invoice.Status.ShouldBe(InvoiceStatus.Open);
    }

    [Fact]
    public void MarkUncollectible_Paid_ThrowsInvalidInvoiceStatus()
    {
        var invoice = OpenInvoice(1170);
        invoice.ApplyPayment(1170, s_now);

        var ex = Should.Throw<BusinessException>(() => invoice.MarkUncollectible("Gone", s_now));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidInvoiceStatus);
        ex.Details["operation"].ShouldBe("write off");
    }

    [Fact]
    public void IsOverdue_OpenWithSomethingDue_AfterTheDueDateOnly()
    {
        var invoice = OpenInvoice(1170);

        invoice.IsOverdue(s_due.AddTicks(-1)).ShouldBeFalse();
        invoice.IsOverdue(s_due).ShouldBeFalse();
        invoice.IsOverdue(s_due.AddTicks(1)).ShouldBeTrue();

        invoice.ApplyPayment(1000, s_now);
        invoice.IsOverdue(s_due.AddDays(1)).ShouldBeTrue();

        invoice.ApplyPayment(170, s_now);
        invoice.IsOverdue(s_due.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void IsOverdue_Draft_IsFalse()
    {
        var invoice = NewInvoice();
        invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Plan, "Plan", 1000));

        invoice.IsOverdue(s_due.AddYears(1)).ShouldBeFalse();
    }

    [Fact]
    public void ApplyCredit_AddsUp()
    {
        var invoice = OpenInvoice(1170);
        invoice.ApplyPayment(1170, s_now);

        invoice.ApplyCredit(170);
        invoice.ApplyCredit(1000);

        invoice.AmountCredited.ShouldBe(1170);
        Should.Throw<BusinessException>(() => invoice.ApplyCredit(0)).Code.ShouldBe(BillingErrorCodes.InvalidAmount);
    }

    [Theory]
    [InlineData("INV-", 42, "INV-000042")]
    [InlineData("INV-", 1, "INV-000001")]
    [InlineData("INV-", 1234567, "INV-1234567")]
    [InlineData("  CN-  ", 7, "CN-000007")]
    [InlineData("", 42, "000042")]
    [InlineData("ABCDEFGHIJKLMNOP", 42, "ABCDEFGHIJKLMNOP000042")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 42, "ABCDEFGHIJKLMNOP000042")]
    public void FormatNumber_PrefixAndAtLeastSixDigits(string prefix, long sequence, string expected)
    {
        InvoiceManager.FormatNumber(prefix, sequence).ShouldBe(expected);
    }

    [Fact]
    public void FormatNumber_LongPrefix_IsCutTo16Characters()
    {
        var number = InvoiceManager.FormatNumber(new string('P', 40), 42);

        number.ShouldBe(new string('P', InvoiceConsts.MaxNumberPrefixLength) + "000042");
        number.Length.ShouldBeLessThanOrEqualTo(InvoiceConsts.MaxNumberLength);
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static Invoice NewInvoice() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "EUR", null);

    private static Invoice OpenInvoice(long total)
    {
        var invoice = NewInvoice();
        invoice.AddLine(Guid.NewGuid(), new InvoiceLineDraft(InvoiceLineKind.Plan, "Plan", total));
        invoice.FinalizeInvoice(1, "INV-000001", s_now, s_due);
        return invoice;
    }
}
