namespace FitSaaS.Bookings;

/// <summary>What a <see cref="IBookingGuard"/> is asked about.</summary>
public enum BookingOperation
{
    /// <summary>A new booking (confirmed, pending or waitlisted; <see cref="BookingGuardContext.Status"/> says which).</summary>
    Book = 0,

    /// <summary>A waitlisted booking about to be promoted to a seat; a refusal skips the member for the next in line.</summary>
    Promote = 1,

    /// <summary>A pending hold about to be confirmed (its payment completed).</summary>
    Confirm = 2,

    /// <summary>A booking about to be checked in.</summary>
    CheckIn = 3,
}
