namespace FitSaaS.Billing;

/// <summary>Maps Billing's entities to their DTOs.</summary>
internal static class BillingMappingExtensions
{
    public static PlanDto ToDto(this Plan plan) => new()
    {
        Id = plan.Id,
        Name = plan.Name,
        Description = plan.Description,
        Kind = plan.Kind,
        Price = plan.Price,
        Currency = plan.Currency,
        TaxRatePercent = plan.TaxRatePercent,
        TaxMode = plan.TaxMode,
        PriceBreakdown = BillingMath.ComputeTax(plan.Price, plan.TaxRatePercent, plan.TaxMode),
        Interval = plan.Interval,
        IntervalCount = plan.IntervalCount,
        Allowance = plan.Allowance,
        MinimumTermMonths = plan.MinimumTermMonths,
        Credits = plan.Credits,
        ValidityDays = plan.ValidityDays,
        Activation = plan.Activation,
        OncePerMember = plan.OncePerMember,
        ClassTypeIds = plan.ClassTypeIds,
        LocationIds = plan.LocationIds,
        CourseSessionIds = plan.CourseSessionIds,
        IsActive = plan.IsActive,
        ConcurrencyStamp = plan.ConcurrencyStamp,
    };

    public static PlanTerms ToTerms(this PlanCreateOrUpdateDtoBase input) => new(
        input.Kind,
        input.Price,
        input.TaxRatePercent,
        input.TaxMode,
        input.Interval,
        input.Interval is null ? input.IntervalCount : input.IntervalCount ?? 1,
        input.Allowance,
        input.MinimumTermMonths,
        input.Credits,
        input.ValidityDays,
        input.Activation,
        input.OncePerMember,
        input.ClassTypeIds,
        input.LocationIds,
        input.CourseSessionIds);

    public static MembershipDto ToDto(this Membership membership) => new()
    {
        Id = membership.Id,
        MemberId = membership.MemberId,
        PlanId = membership.PlanId,
        Kind = membership.Kind,
        Status = membership.Status,
        Price = membership.Price,
        Currency = membership.Currency,
        Interval = membership.Interval,
        IntervalCount = membership.IntervalCount,
        Allowance = membership.Allowance,
        TimeZoneId = membership.TimeZoneId,
        StartDate = membership.StartDate,
        PeriodNumber = membership.PeriodNumber,
        CurrentPeriodStart = membership.CurrentPeriodStart,
        CurrentPeriodEnd = membership.CurrentPeriodEnd,
        MinimumTermEndDate = membership.MinimumTermEndDate,
        ActivatedAtUtc = membership.ActivatedAtUtc,
        PastDueSinceUtc = membership.PastDueSinceUtc,
        CancelEffectiveDate = membership.CancelEffectiveDate,
        CancellationReason = membership.CancellationReason,
        EndedAtUtc = membership.EndedAtUtc,
        ScheduledPlanId = membership.ScheduledPlanId,
        Freezes = membership.Freezes.OrderBy(f => f.StartDate).Select(f => new MembershipFreezeDto { Id = f.Id, StartDate = f.StartDate, EndDate = f.EndDate, Reason = f.Reason }).ToList(),
        ConcurrencyStamp = membership.ConcurrencyStamp,
    };

    public static EntitlementDto ToDto(this EntitlementBalance balance) => new()
    {
        Id = balance.Entitlement.Id,
        MemberId = balance.Entitlement.MemberId,
        MembershipId = balance.Entitlement.MembershipId,
        PlanId = balance.Entitlement.PlanId,
        Unlimited = balance.Entitlement.Unlimited,
        ValidFrom = balance.Entitlement.ValidFrom,
        ValidUntil = balance.Entitlement.ValidUntil,
        AwaitsFirstUse = balance.Entitlement.AwaitsFirstUse,
        Granted = balance.Granted,
        Used = balance.Used,
        Expired = balance.Expired,
        Balance = balance.Balance,
    };

    public static EntitlementLedgerEntryDto ToDto(this EntitlementLedgerEntry entry) => new()
    {
        Id = entry.Id,
        EntitlementId = entry.EntitlementId,
        Action = entry.Action,
        Quantity = entry.Quantity,
        BookingId = entry.BookingId,
        OccurredAtUtc = entry.OccurredAtUtc,
        Reason = entry.Reason,
    };

    public static InvoiceDto ToDto(this Invoice invoice) => new()
    {
        Id = invoice.Id,
        Number = invoice.Number,
        MemberId = invoice.MemberId,
        MembershipId = invoice.MembershipId,
        Status = invoice.Status,
        Currency = invoice.Currency,
        Lines = invoice.Lines.Select(l => new InvoiceLineDto
        {
            Id = l.Id,
            Kind = l.Kind,
            Description = l.Description,
            Quantity = l.Quantity,
            UnitAmount = l.UnitAmount,
            TaxRatePercent = l.TaxRatePercent,
            TaxMode = l.TaxMode,
            Net = l.Net,
            Tax = l.Tax,
            Total = l.Total,
            PeriodStart = l.PeriodStart,
            PeriodEnd = l.PeriodEnd,
        }).ToList(),
        Subtotal = invoice.Subtotal,
        Tax = invoice.Tax,
        Total = invoice.Total,
        AmountPaid = invoice.AmountPaid,
        AmountDue = invoice.AmountDue,
        AmountCredited = invoice.AmountCredited,
        IssuedAtUtc = invoice.IssuedAtUtc,
        DueAtUtc = invoice.DueAtUtc,
        PaidAtUtc = invoice.PaidAtUtc,
        ClosedAtUtc = invoice.ClosedAtUtc,
        ClosedReason = invoice.ClosedReason,
    };

    public static PaymentDto ToDto(this Payment payment) => new()
    {
        Id = payment.Id,
        InvoiceId = payment.InvoiceId,
        MemberId = payment.MemberId,
        Provider = payment.Provider,
        Method = payment.Method,
        Amount = payment.Amount,
        Currency = payment.Currency,
        Reference = payment.Reference,
        ReceivedAtUtc = payment.ReceivedAtUtc,
        Status = payment.Status,
        AmountRefunded = payment.AmountRefunded,
        Refunds = payment.Refunds.Select(r => new PaymentRefundDto { Id = r.Id, Amount = r.Amount, Reason = r.Reason, CreditNoteId = r.CreditNoteId, ProviderReference = r.ProviderReference, RefundedAtUtc = r.RefundedAtUtc }).ToList(),
    };

    public static CreditNoteDto ToDto(this CreditNote creditNote) => new()
    {
        Id = creditNote.Id,
        Number = creditNote.Number,
        InvoiceId = creditNote.InvoiceId,
        PaymentId = creditNote.PaymentId,
        Amount = creditNote.Amount,
        Currency = creditNote.Currency,
        Reason = creditNote.Reason,
        IssuedAtUtc = creditNote.IssuedAtUtc,
    };

    /// <summary>An online payment as its DTO, with the client secret of the answer that started or resumed it.</summary>
    public static OnlinePaymentDto ToDto(this Stripe.OnlinePayment p, string? clientSecret) => new()
    {
        Id = p.Id,
        InvoiceId = p.InvoiceId,
        MemberId = p.MemberId,
        Amount = p.Amount,
        Currency = p.Currency,
        Attempt = p.Attempt,
        OffSession = p.OffSession,
        Status = p.Status,
        PaymentIntentId = p.PaymentIntentId,
        ClientSecret = clientSecret,
        FailureCode = p.FailureCode,
        DeclineCode = p.DeclineCode,
        DeclineKind = p.DeclineKind,
        PaymentId = p.PaymentId,
        StartedAtUtc = p.StartedAtUtc,
        CompletedAtUtc = p.CompletedAtUtc,
    };
}
