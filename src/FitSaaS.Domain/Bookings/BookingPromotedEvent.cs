namespace FitSaaS.Bookings;

/// <summary>Local event: a waitlisted booking got a freed seat and is now confirmed.</summary>
/// <param name="BookingId">The booking.</param>
/// <param name="ClassSessionId">The session.</param>
/// <param name="MemberId">The member.</param>
public sealed record BookingPromotedEvent(Guid BookingId, Guid ClassSessionId, Guid MemberId);
