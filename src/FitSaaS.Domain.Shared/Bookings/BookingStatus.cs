namespace FitSaaS.Bookings;

/// <summary>Where a booking stands. Stored and serialized as its name.</summary>
public enum BookingStatus
{
    /// <summary>The member holds a seat in the session.</summary>
    Confirmed = 0,

    /// <summary>The session was full: the member waits at a <c>WaitlistPosition</c> (1 = next to be promoted).</summary>
    Waitlisted = 1,

    /// <summary>Cancelled by the member or staff; no longer counts toward capacity or the waitlist.</summary>
    Cancelled = 2,
}
