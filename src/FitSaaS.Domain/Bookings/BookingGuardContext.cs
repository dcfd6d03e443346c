namespace FitSaaS.Bookings;

/// <summary>What a <see cref="IBookingGuard"/> decides on.</summary>
/// <param name="Operation">The operation.</param>
/// <param name="BookingId">The booking's id — for <see cref="BookingOperation.Book"/> the id the new booking will have, so a guard can key what it reserves by it.</param>
/// <param name="Session">The session, locked by the running transaction.</param>
/// <param name="MemberId">The member (a user id of the tenant).</param>
/// <param name="Status">The status the booking is about to enter.</param>
/// <param name="Booking">The booking, for every operation but <see cref="BookingOperation.Book"/> (null then: it does not exist yet).</param>
/// <param name="ByStaff">Staff act on the member's behalf (a walk-in, a check-in from the roster).</param>
/// <param name="Now">The current instant (UTC).</param>
public sealed record BookingGuardContext(
    BookingOperation Operation, Guid BookingId, ClassSession Session, Guid MemberId, BookingStatus Status, Booking? Booking, bool ByStaff, DateTime Now)
{
    /// <summary>
    /// Whether the running transaction already holds the member's booking lock (<see cref="BookingManager.MemberLockKey"/>,
    /// taken for the member's limits before the session was locked), so a guard that keeps per-member state need not take
    /// it again. False by default: then a guard that needs it takes it (it is re-entrant).
    /// </summary>
    public bool MemberLocked { get; init; }

    /// <summary>
    /// A pending hold of a pay-to-book purchase: what it needs is being bought, so a guard needing an entitlement lets it
    /// through now and checks it when the hold is confirmed (<see cref="BookingOperation.Confirm"/>).
    /// </summary>
    public bool AwaitingPayment { get; init; }
}
