namespace FitSaaS.Bookings;

/// <summary>
/// Where a booking stands. Stored and serialized as its name. The lifecycle (stated once, in <c>BookingLifecycle</c>):
/// <c>Pending</c> → <c>Confirmed</c> | <c>Cancelled</c> (hold expired; a hold asked for a full session is waitlisted instead);
/// <c>Waitlisted</c> → <c>Confirmed</c> (promoted) | <c>CheckedIn</c> (staff check in a walk-in) | <c>Cancelled</c>;
/// <c>Confirmed</c> → <c>CheckedIn</c> | <c>NoShow</c> | <c>Cancelled</c> | <c>LateCancelled</c>;
/// <c>NoShow</c> → <c>CheckedIn</c> (staff reverse it: late check-in).
/// <c>Pending</c>, <c>Confirmed</c>, <c>CheckedIn</c> and <c>NoShow</c> hold a seat of the session.
/// </summary>
public enum BookingStatus
{
    /// <summary>The member holds a seat in the session.</summary>
    Confirmed = 0,

    /// <summary>The session was full: the member waits at a <c>WaitlistPosition</c> (1 = next to be promoted).</summary>
    Waitlisted = 1,

    /// <summary>Cancelled in time (free), by staff, with the session, or a pending hold that expired; no longer counts.</summary>
    Cancelled = 2,

    /// <summary>A seat held while a payment completes (counted toward capacity) until <c>HoldExpiresAtUtc</c>.</summary>
    Pending = 3,

    /// <summary>The member attended: checked in by staff or with their check-in token.</summary>
    CheckedIn = 4,

    /// <summary>The member did not check in; marked by the no-show sweep after the session (a strike).</summary>
    NoShow = 5,

    /// <summary>Cancelled by the member after the free cancellation limit (penalised; see the cancellation policy).</summary>
    LateCancelled = 6,
}
