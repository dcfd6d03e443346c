namespace FitSaaS.Bookings;

/// <summary>Local event: a booking was created with a seat.</summary>
/// <param name="BookingId">The booking.</param>
/// <param name="ClassSessionId">The session.</param>
/// <param name="MemberId">The member.</param>
public sealed record BookingConfirmedEvent(Guid BookingId, Guid ClassSessionId, Guid MemberId);
