namespace FitSaaS.Bookings;

/// <summary>Local event: a booking was created on the waitlist because the session was full.</summary>
/// <param name="BookingId">The booking.</param>
/// <param name="ClassSessionId">The session.</param>
/// <param name="MemberId">The member.</param>
/// <param name="WaitlistPosition">Position when it joined (1 = next).</param>
public sealed record BookingWaitlistedEvent(Guid BookingId, Guid ClassSessionId, Guid MemberId, int WaitlistPosition);
