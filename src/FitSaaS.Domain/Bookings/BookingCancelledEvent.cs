namespace FitSaaS.Bookings;

/// <summary>Local event: a booking was cancelled.</summary>
/// <param name="BookingId">The booking.</param>
/// <param name="ClassSessionId">The session.</param>
/// <param name="MemberId">The member.</param>
/// <param name="PreviousStatus">Confirmed (a seat was freed) or waitlisted.</param>
public sealed record BookingCancelledEvent(Guid BookingId, Guid ClassSessionId, Guid MemberId, BookingStatus PreviousStatus);
