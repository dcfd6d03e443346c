using FitSaaS.Bookings;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Settings;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// Pay-to-book (DOMAIN.md §2.2): buying a drop-in or a pack for a session sells the plan (its invoice) and holds a seat — a
/// <see cref="BookingStatus.Pending"/> booking counted toward capacity, released by Bookings' sweep when it expires —
/// together; the payment's success confirms the hold exactly once (confirmation is idempotent). A payment that succeeds
/// after the hold expired follows <see cref="BillingSettingNames.PayToBookLateAction"/>: the member is booked again (a
/// seat if free, else the waitlist) or refunded; the session is never overbooked.
/// </summary>
public sealed class PayToBookManager(
    IPlanRepository plans,
    IClassSessionRepository sessions,
    IBookingRepository bookings,
    IInvoiceRepository invoices,
    IPaymentRepository payments,
    IMembershipRepository memberships,
    MembershipManager membershipManager,
    BookingManager bookingManager,
    PaymentManager paymentManager,
    ISettingProvider settings) : IDomainService
{
    /// <summary>The reason recorded on a booking made again for a payment that completed after its hold expired.</summary>
    public const string LateBookingReason = "Paid after the hold expired";

    /// <summary>Sells <paramref name="planId"/> to the member and holds a seat in the session, in the current transaction.</summary>
    /// <exception cref="BusinessException">
    /// <see cref="BillingErrorCodes.InvalidPlan"/> (not a drop-in or pack, or it does not cover the session),
    /// <see cref="BookingsErrorCodes.SessionFull"/> (no seat to hold), and the codes of selling and booking.
    /// </exception>
    public async Task<(Membership Membership, Invoice Invoice, Booking Booking)> StartAsync(
        Guid memberId, Guid classSessionId, Guid planId, DateTime now, CancellationToken cancellationToken = default)
    {
        var plan = await plans.GetAsync(planId, cancellationToken);
        var session = await sessions.GetAsync(classSessionId, cancellationToken);
        if (plan.Kind is not (PlanKind.DropIn or PlanKind.ClassPack) || !plan.Covers(session.ClassTypeId, session.LocationId, session.Id))
        {
            throw new BusinessException(BillingErrorCodes.InvalidPlan, "Pay-to-book sells a drop-in or a class pack that covers the session.")
                .WithData("planId", planId).WithData("classSessionId", classSessionId);
        }

        if (!session.HasFreeSeat)
        {
            throw new BusinessException(BookingsErrorCodes.SessionFull, "The session has no free seat to hold.").WithData("classSessionId", classSessionId);
        }

        var (membership, invoice) = await membershipManager.SellAsync(memberId, plan, null, now, cancellationToken);
        var booking = await bookingManager.BookAsync(classSessionId, memberId, now, new BookingRequest(Hold: true, AwaitingPayment: true), cancellationToken);
        if (booking.Status != BookingStatus.Pending)
        {
            throw new BusinessException(BookingsErrorCodes.SessionFull, "The session has no free seat to hold.").WithData("classSessionId", classSessionId);
        }

        return (membership, invoice, booking);
    }

    /// <summary>The payment of <paramref name="attempt"/> succeeded: confirms its held seat, or applies the late action.</summary>
    public async Task ConfirmAsync(OnlinePayment attempt, Guid bookingId, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var booking = await bookings.GetAsync(bookingId, cancellationToken);
        try
        {
            await bookingManager.ConfirmHoldAsync(booking, now, cancellationToken);
            await bookings.UpdateAsync(booking, autoSave: true, cancellationToken);
            return;
        }
        catch (BusinessException ex) when (ex.Code == BookingsErrorCodes.BookingNotPending)
        {
            return; // the member dropped the hold: the purchase stays theirs.
        }
        catch (BusinessException ex) when (ex.Code == BookingsErrorCodes.HoldExpired)
        {
            // Handled below: the seat was released and may be someone else's now.
        }

        if (string.Equals(await settings.GetOrNullAsync(BillingSettingNames.PayToBookLateAction), "Refund", StringComparison.OrdinalIgnoreCase))
        {
            var payment = await payments.GetAsync(attempt.PaymentId!.Value, cancellationToken);
            await paymentManager.RefundAsync(payment, payment.Amount - payment.AmountRefunded, LateBookingReason, now, cancellationToken);
            var invoice = await invoices.GetAsync(attempt.InvoiceId, cancellationToken);
            if (invoice.MembershipId is { } membershipId && await memberships.FindAsync(membershipId, cancellationToken) is { IsLive: true } membership)
            {
                await membershipManager.CancelAsync(membership, LateBookingReason, immediately: true, now, cancellationToken);
            }

            return;
        }

        try
        {
            // Staff's override of the window and limits (the member paid in time for them); capacity still rules.
            await bookingManager.BookAsync(booking.ClassSessionId, booking.MemberId, now, new BookingRequest(ByStaff: true, Reason: LateBookingReason), cancellationToken);
        }
        catch (BusinessException ex) when (ex.InnerException is null)
        {
            // The session started, was cancelled, or its waitlist is full (refused before any write): the member keeps
            // what they bought. A refusal with an inner exception came from a failed write (a concurrent booking's unique
            // key), which on PostgreSQL aborts the transaction: it propagates, and the event's redelivery re-reads.
        }
    }
}
